import {
  ageRangeOn,
  type Member,
  type NumberRange,
  readIdNumber,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { birthDatesAgree } from './identity.js';

/**
 * A member's full years of age on a date: from 出生日期, or, when that is
 * blank or known only to the month, from the birth date a valid resident
 * ID number encodes (when it falls in that month).
 *
 * @param member - The member.
 * @param on - The reference date.
 * @returns Whole years; `{ min, max }` when a month-only birth date leaves
 * it open; `undefined` when unknown.
 */
export function memberAge(
  member: Member,
  on: string,
): number | NumberRange | undefined {
  // A member's age is read by its own facts and its household's.
  const known = ages.get(member);
  if (known && known.on === on) return known.age;

  const age = computeAge(member, on);
  ages.set(member, { on, age });

  return age;
}

const ages = new WeakMap<
  Member,
  { on: string; age: number | NumberRange | undefined }
>();

function computeAge(
  member: Member,
  on: string,
): number | NumberRange | undefined {
  const fromId = idBirthDate(member);
  const recorded = member.birthDate;
  const birth =
    recorded === undefined ||
    (recorded.length === 7 && fromId && birthDatesAgree(fromId, recorded))
      ? (fromId ?? recorded)
      : recorded;

  return birth === undefined ? undefined : ageRangeOn(birth, on);
}

function idBirthDate(member: Member): string | undefined {
  // No 证件类型 column at all means resident ID cards, as a blank cell does.
  const resident =
    member.idType === undefined || member.idType === '居民身份证';
  if (!resident || !member.idNumber) return undefined;
  const info = readIdNumber(member.idNumber);

  return info.checksumValid ? info.birthDate : undefined;
}

/**
 * `age`: full years at the reference date (29 February birthdays fall on
 * 1 March in common years); a range `{ min, max }` when a month-only birth
 * date leaves it open.
 */
export const age = defineFact({
  name: 'age',
  subject: 'member',
  type: 'number',
  description:
    'Full years of age at the reference date, from the birth date or else the ID number.',
  inputs: ['members.birthDate', 'members.idNumber'],
  compute: ({ member }, { asOf }) => memberAge(member, asOf),
});
