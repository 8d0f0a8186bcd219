import {
  ageRangeOn,
  type FactSql,
  type FactSqlContext,
  type Member,
  type NumberRange,
  readIdNumber,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import {
  daysInMonthSql,
  digitAt,
  idNumberSql,
  type ReadColumn,
  type Share,
  sharedIn,
} from './id-number-sql.js';
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
  sql: (q) =>
    memberAgeSql(q, (field) => q.column('members', field), sharedIn(q)),
});

/**
 * {@link memberAge} in SQL, for a member row: `range` holds the youngest
 * and oldest the member may be, `value` the age when they agree; all
 * NULL when unknown, and when the birth date lies after the reference
 * date.
 *
 * @param q - The fact's SQL context.
 * @param read - The member row's columns: `birthDate`, `idNumber`, `idType`.
 * @param share - How the ID number's pieces are shared (the subject's own row's).
 * @returns The age's SQL.
 */
export function memberAgeSql(
  q: FactSqlContext,
  read: ReadColumn,
  share?: Share,
): FactSql {
  const id = idNumberSql(q, read, share);
  const recorded = read('birthDate').value;

  // The ID's birth date serves when 出生日期 is blank, or a month it
  // falls in; it counts only from a resident ID with a right check
  // character and a real date.
  const fromId =
    `(CASE WHEN ${id.id} IS NULL OR ${id.otherDocument} THEN FALSE` +
    ` WHEN ${id.wellFormed} THEN (${id.checksumValid} AND ${id.birthReal})` +
    ` ELSE FALSE END)`;
  const useId =
    `((${recorded} IS NULL OR (length(${recorded}) = 7` +
    ` AND substr(${id.birthText}, 1, 7) = ${recorded})) AND ${fromId})`;
  const byId = yearsOn(q, id.birthParts);

  // Else 出生日期: a real day, or a real month (whose first day is).
  const isDay = realDay(q, recorded);
  const isMonth = realDay(q, `(${recorded} || ${q.text('-01')})`);
  const year = digitAt(recorded, 1, 4);
  const month = digitAt(recorded, 6, 2);
  const byDay = yearsOn(q, { year, month, day: digitAt(recorded, 9, 2) });
  // Born some day of the month: on its last day at the youngest, on its
  // first at the oldest. The last of a leap February is the 29th, whose
  // birthday is not reached on 28 February, as ageRangeOn has it.
  const last = daysInMonthSql(year, month);
  const youngest = yearsOn(q, { year, month, day: last });
  const oldest = yearsOn(q, { year, month, day: '1' });

  // Born after the reference date: no age, rather than a negative one.
  const born = (age: string) => `(CASE WHEN ${age} >= 0 THEN ${age} END)`;
  const ages = (fromMonth: string) =>
    `(CASE WHEN ${useId} THEN ${born(byId)} WHEN ${isDay} THEN ${born(byDay)}` +
    ` WHEN ${isMonth} THEN ${fromMonth} END)`;

  return {
    value: ages(
      `(CASE WHEN ${youngest} >= 0 AND ${youngest} = ${oldest} THEN ${oldest} END)`,
    ),
    range: {
      min: ages(born(youngest)),
      max: ages(`(CASE WHEN ${youngest} >= 0 THEN ${oldest} END)`),
    },
  };
}

/**
 * Full years from a day to the reference date, as core's `ageOn` counts
 * them: one less while the birthday is still to come in its year. A
 * 29 February birthday compares as day 229, not reached on 28 February.
 */
function yearsOn(
  q: FactSqlContext,
  born: { year: string; month: string; day: string },
): string {
  // The reference date's parts are known before the SQL runs.
  const [year = 0, month = 0, day = 0] = q.asOfDate.split('-').map(Number);
  const onDay = q.number(month * 100 + day);
  const bornDay = `${born.month} * 100 + ${born.day}`;

  return `(${q.number(year)} - ${born.year} - (CASE WHEN ${onDay} < ${bornDay} THEN 1 ELSE 0 END))`;
}

/**
 * Whether text is a real `YYYY-MM-DD` day as core's calendar dates count
 * them: the dialect's day, in a year from 1000 on (a database takes 0999
 * for a year; duibiao does not).
 */
function realDay(q: FactSqlContext, text: string): string {
  return `(${q.fn.day(text)} IS NOT NULL AND substr(${text}, 1, 1) <> ${q.text('0')})`;
}
