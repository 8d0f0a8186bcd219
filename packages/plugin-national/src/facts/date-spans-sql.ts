import type { FactSql, FactSqlContext } from '@duibiao/core';

/**
 * The SQL of date-spans.ts: a date column's text, `YYYY-MM-DD` or a month
 * `YYYY-MM` (NULL when blank), as the first and last day it may be, and
 * the spans between such dates, a range where a month leaves them open.
 */

/**
 * The first day a date's text may be, as a SQL DATE: the day itself, or
 * the 1st of a month. NULL for blank text, text that names no real day or
 * month, and a year before 1000, as core's `datePartsOf` reads dates.
 *
 * @param q - The fact's SQL context.
 * @param text - The date's text.
 * @returns A DATE expression.
 */
export function firstDaySql(q: FactSqlContext, text: string): string {
  const month = q.fn.day(`(${text} || ${q.text('-01')})`);

  return `(CASE WHEN ${yearFrom1000(q, text)} THEN COALESCE(${q.fn.day(text)}, ${month}) END)`;
}

/**
 * The last day a date's text may be, as a SQL DATE: the day itself, or
 * the last day of a month (29 February in a leap year). NULL as
 * {@link firstDaySql} is.
 *
 * @param q - The fact's SQL context.
 * @param text - The date's text.
 * @returns A DATE expression.
 */
export function lastDaySql(q: FactSqlContext, text: string): string {
  const month = q.fn.day(`(${text} || ${q.text('-01')})`);

  return `(CASE WHEN ${yearFrom1000(q, text)} THEN COALESCE(${q.fn.day(text)}, ${q.fn.lastDayOfMonth(month)}) END)`;
}

/**
 * A date's text known to the day, as a SQL DATE; NULL for a month and as
 * {@link firstDaySql} is.
 *
 * @param q - The fact's SQL context.
 * @param text - The date's text.
 * @returns A DATE expression.
 */
export function daySql(q: FactSqlContext, text: string): string {
  return `(CASE WHEN ${yearFrom1000(q, text)} THEN ${q.fn.day(text)} END)`;
}

/** Whether a date's four-digit year is 1000 or later. */
function yearFrom1000(q: FactSqlContext, text: string): string {
  return `substr(${text}, 1, 1) <> ${q.text('0')}`;
}

/** The first and last day a date may be, as SQL DATEs. */
export interface DaySpanSql {
  /** The first day. */
  readonly first: string;
  /** The last day. */
  readonly last: string;
}

/**
 * The days a date's text may stand for.
 *
 * @param q - The fact's SQL context.
 * @param text - The date's text.
 * @returns Its first and last day.
 */
export function daySpanSql(q: FactSqlContext, text: string): DaySpanSql {
  return { first: firstDaySql(q, text), last: lastDaySql(q, text) };
}

/**
 * Days from one date to another as `daysSpan` counts them: the fewest
 * from the last day `from` may be to the first `to` may be, the most
 * from its first to `to`'s last.
 *
 * @param q - The fact's SQL context.
 * @param from - The earlier date's days.
 * @param to - The later date's days.
 * @returns The fewest and most days, NULL for an unknown date.
 */
export function daysSpanSql(
  q: FactSqlContext,
  from: DaySpanSql,
  to: DaySpanSql,
): { min: string; max: string } {
  return {
    min: q.fn.daysBetween(from.last, to.first),
    max: q.fn.daysBetween(from.first, to.last),
  };
}

/**
 * A number known to lie between two, as a fact's SQL: the number when the
 * ends are one, else NULL with the range; as core's `numberOrRange`, for
 * ends already in order.
 *
 * @param min - The smallest it may be.
 * @param max - The largest it may be.
 * @returns The fact's SQL with its range.
 */
export function rangeSql(min: string, max: string): FactSql {
  return {
    value: `(CASE WHEN ${min} = ${max} THEN ${min} END)`,
    range: { min, max },
  };
}

/**
 * The NULL of a text column, typed as text in every dialect.
 *
 * @param q - The fact's SQL context.
 * @returns A text expression that is always NULL.
 */
export function nullText(q: FactSqlContext): string {
  return `NULLIF(${q.text('')}, ${q.text('')})`;
}
