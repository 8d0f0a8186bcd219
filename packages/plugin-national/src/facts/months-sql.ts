import type { FactSql, FactSqlContext } from '@duibiao/core';

/**
 * household.ts's `elapsed(monthsRangeBetween(from, to))` in SQL: whole
 * months between two dates, where a date known only to the month may be
 * any day of it, and unknown when `from` is after `to`. A date is the
 * span of days it may be; the dialect's `monthsBetween` counts between
 * two days as core does.
 *
 * The span is written for speed: `monthsBetween` repeats its dates many
 * times over, so the text is checked to be a real date once (the
 * dialect's `day`, a regular expression in most engines) and is then
 * cast, which every engine does alike for ISO text, rather than checked
 * again in every copy.
 */

/** The days a date may be, as SQL DATEs, and whether it is a date. */
export interface MonthSpanSql {
  /** TRUE when the date is real; FALSE or NULL when blank or not. */
  readonly valid: string;
  /** The first day, meaningful where `valid` holds. */
  readonly first: string;
  /** The last day: the first, for a date to the day. */
  readonly last: string;
}

/**
 * The days a date's text may be: the day, or every day of a month.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the date's text, blank already NULL.
 * @returns Its span; not `valid` for text that names no real day or
 * month (2021-02-30, 2020-13) or a year before 1000, as datePartsOf.
 */
export function textSpanSql(q: FactSqlContext, text: string): MonthSpanSql {
  // A month's first day, or the day: the text with -01 added, cut to a
  // day's ten characters, names the text once.
  const day = `substr(${text} || ${q.text('-01')}, 1, 10)`;
  const first = `CAST(${day} AS DATE)`;

  return {
    valid: `(${q.fn.day(day)} IS NOT NULL AND substr(${text}, 1, 1) <> ${q.text('0')})`,
    first,
    last: `(CASE WHEN length(${text}) = 7 THEN ${q.fn.lastDayOfMonth(first)} ELSE ${first} END)`,
  };
}

/**
 * The reference date, or the day before it, as a span of one day.
 *
 * @param q - The fact's SQL context.
 * @param before - 0 for the reference date, 1 for the day before.
 * @returns The span.
 */
export function asOfSpanSql(q: FactSqlContext, before: 0 | 1): MonthSpanSql {
  const day = before === 0 ? q.asOf : q.fn.addDays(q.asOf, '-1');

  return { valid: 'TRUE', first: day, last: day };
}

/**
 * Whole months from one date to another that may not be negative: the
 * fewest (from the last day `from` may be to the first `to` may be) and
 * the most (first to last), the number when they agree; unknown for no
 * date and when the fewest is below 0, as household.ts's `elapsed`.
 *
 * @param q - The fact's SQL context.
 * @param from - The earlier date's days.
 * @param to - The later date's days.
 * @returns The fact's SQL, with its range.
 */
export function elapsedMonthsSql(
  q: FactSqlContext,
  from: MonthSpanSql,
  to: MonthSpanSql,
): FactSql {
  const fewest = q.fn.monthsBetween(from.last, to.first);
  const most = q.fn.monthsBetween(from.first, to.last);
  // The casts run only where both dates were found real.
  const when = (test: string, value: string) =>
    `(CASE WHEN ${from.valid} AND ${to.valid} THEN` +
    ` CASE WHEN ${test} THEN ${value} END END)`;
  const elapsed = `${fewest} >= 0`;

  return {
    value: when(`${elapsed} AND ${fewest} = ${most}`, most),
    range: { min: when(elapsed, fewest), max: when(elapsed, most) },
  };
}
