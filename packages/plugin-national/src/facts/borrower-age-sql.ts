import type { FactSql, FactSqlContext } from '@duibiao/core';

import { daySpanSql, nullText, rangeSql } from './date-spans-sql.js';
import { daysInMonthSql, digitAt, idNumberSql } from './id-number-sql.js';

/**
 * `borrowerAgeAtLoan` in SQL: the borrower's full years on 放款日期, from
 * the birth date memberAge takes for the registry member (出生日期, or the
 * ID number's when that is blank or a month it falls in), else from the
 * loan's own ID number, as loan.ts computes it.
 *
 * Days are numbers YYYYMMDD here, so that full years are the difference
 * of two such numbers in whole ten-thousands: 2021-02-28 less 2004-02-29
 * is 169999, 16 years, and a 29 February birthday counts on 1 March, as
 * ageOn has it. The youngest the borrower may be is from the last day the
 * birth date may be to the first the loan date may be, the oldest from
 * its first to the loan date's last. A birth date is written once per end
 * (no SQL function takes a date apart for less), which keeps the query
 * small: the ID number is read from the loan's row, which a placed member
 * shares.
 */

/** The first and last day a date may be, as YYYYMMDD numbers. */
interface DayKeys {
  readonly first: string;
  readonly last: string;
}

/** A date text's days as YYYYMMDD numbers; NULL when it names no date. */
function dayKeys(q: FactSqlContext, text: string): DayKeys {
  const known = `${daySpanSql(q, text).first} IS NOT NULL`;
  const digits = `CAST(replace(${text}, ${q.text('-')}, ${q.text('')}) AS INTEGER)`;
  const ofMonth = (day: string) =>
    `(CASE WHEN ${known} THEN (CASE WHEN length(${text}) = 10 THEN ${digits}` +
    ` ELSE ${digits} * 100 + ${day} END) END)`;
  const monthDays = daysInMonthSql(digitAt(text, 1, 4), digitAt(text, 6, 2));

  return { first: ofMonth('1'), last: ofMonth(monthDays) };
}

/**
 * The borrower's age on the loan date.
 *
 * @param q - The loan's SQL context.
 * @returns The fact's SQL, with `range`.
 */
export function borrowerAgeSql(q: FactSqlContext): FactSql {
  // The loan's ID number, which a registry member placed on the loan
  // shares; the loan's row has no 证件类型, the member's may.
  const id = idNumberSql(q, (field) =>
    field === 'idType' ? { value: nullText(q) } : q.column('credit', field),
  );
  const member = idNumberSql(q, (field) => q.column('members', field));
  const readable = id.whenWellFormed(
    `(${id.checksumValid} AND ${id.birthReal})`,
    'FALSE',
  );
  const fromId = `(CASE WHEN ${readable} THEN ${digitAt(id.id, 7, 8)} END)`;

  const placed = `${member.id} IS NOT NULL`;
  const recorded = q.column('members', 'birthDate').value;
  const recordedDays = dayKeys(q, recorded);
  // 出生日期 a month the ID's birth date falls in: the ID's day serves.
  const agrees =
    `(length(${recorded}) = 7 AND substr(${id.id}, 7, 6) =` +
    ` replace(${recorded}, ${q.text('-')}, ${q.text('')}))`;
  const birth = (end: keyof DayKeys) =>
    `(CASE WHEN ${placed} AND ${recorded} IS NOT NULL AND NOT ${agrees}` +
    ` THEN ${recordedDays[end]}` +
    ` WHEN ${placed} AND ${member.otherDocument} THEN ${recordedDays[end]}` +
    ` ELSE COALESCE(${fromId}, CASE WHEN ${placed} THEN ${recordedDays[end]} END) END)`;

  const loan = dayKeys(q, q.column('credit', 'loanDate').value);
  const years = (from: string, to: string) =>
    `floor((${to} - ${from}) / 10000.0)`;
  // Born after the loan date: no age, as ageRangeOn gives none.
  const born = (age: string) =>
    `(CASE WHEN ${loan.first} >= ${birth('last')} THEN ${age} END)`;

  return rangeSql(
    born(years(birth('last'), loan.first)),
    born(years(birth('first'), loan.last)),
  );
}
