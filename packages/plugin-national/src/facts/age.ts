import {
  ageOn,
  type FactDefinition,
  type Member,
  readIdNumber,
} from '@duibiao/core';

/**
 * A member's full years of age on a date: from 出生日期, or, when that is
 * blank, from the birth date a resident ID number encodes.
 *
 * @param member - The member.
 * @param on - The reference date.
 * @returns Whole years, or `undefined` when unknown.
 */
export function memberAge(member: Member, on: string): number | undefined {
  const birth = member.birthDate ?? idBirthDate(member);

  return birth === undefined ? undefined : ageOn(birth, on);
}

function idBirthDate(member: Member): string | undefined {
  if (member.idType !== '居民身份证' || !member.idNumber) return undefined;
  const info = readIdNumber(member.idNumber);

  return info.checksumValid ? info.birthDate : undefined;
}

/** `age`: full years at the reference date (29 February birthdays fall on 1 March in common years). */
export const age: FactDefinition<'member'> = {
  name: 'age',
  subject: 'member',
  type: 'number',
  description: 'Full years of age at the reference date, from the birth date or else the ID number.',
  inputs: ['members.birthDate', 'members.idNumber'],
  compute: ({ member }, { asOf }) => memberAge(member, asOf),
};
