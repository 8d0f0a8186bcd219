import type { FactSqlContext } from '@duibiao/core';

/**
 * The SQL of day-span.ts: the first and last day a date column's text
 * (NULL when blank) may stand for, as SQL DATEs.
 */

/** The first and last day a date may stand for, as SQL DATEs. */
export interface DaySpanSql {
  /** The first day: the day itself, or a month's 1st. */
  readonly first: string;
  /** The last day: the day itself, or a month's last day. */
  readonly last: string;
}

/**
 * The days a date's text may stand for, as `daySpan` reads it: NULL for
 * blank text, text that names no real day or month, and a year before
 * 1000.
 *
 * @param q - The fact's SQL context.
 * @param text - The date's text, `YYYY-MM-DD` or `YYYY-MM`.
 * @returns The first and last day.
 */
export function daySpanSql(q: FactSqlContext, text: string): DaySpanSql {
  const known = `substr(${text}, 1, 1) <> ${q.text('0')}`;
  const day = q.fn.day(text);
  const month = q.fn.day(`(${text} || ${q.text('-01')})`);
  const within = (date: string) =>
    `(CASE WHEN ${known} THEN COALESCE(${day}, ${date}) END)`;

  return { first: within(month), last: within(q.fn.lastDayOfMonth(month)) };
}

/**
 * A day as a SQL DATE literal.
 *
 * @param q - The fact's SQL context.
 * @param day - `YYYY-MM-DD`.
 * @returns The literal.
 */
export function dateLiteral(q: FactSqlContext, day: string): string {
  return `DATE ${q.text(day)}`;
}

/**
 * Whether a date is on or after a day, three-valued as `onOrAfter`: a
 * month that straddles the day is unknown.
 *
 * @param span - The date's days.
 * @param day - A SQL DATE.
 * @returns A boolean expression.
 */
export function onOrAfterSql(span: DaySpanSql, day: string): string {
  return `(CASE WHEN ${span.first} >= ${day} THEN TRUE WHEN ${span.last} < ${day} THEN FALSE END)`;
}

/**
 * Whether a date is on or before a day, three-valued as `onOrBefore`.
 *
 * @param span - The date's days.
 * @param day - A SQL DATE.
 * @returns A boolean expression.
 */
export function onOrBeforeSql(span: DaySpanSql, day: string): string {
  return `(CASE WHEN ${span.last} <= ${day} THEN TRUE WHEN ${span.first} > ${day} THEN FALSE END)`;
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

/**
 * The date text of the row that is latest by its last possible day, the
 * first such in `order` where several are (a month and its last day),
 * as `lastMonitoredOn` and `lastSpotCheckOn` pick it; unknown when a
 * row's date is blank or unreadable, none when there are no rows.
 *
 * @param q - The fact's SQL context.
 * @param rows - `FROM … WHERE …` of the rows.
 * @param text - A row's date text.
 * @param order - The rows' order, one or more expressions.
 * @returns The value and the none test.
 */
export function latestDateSql(
  q: FactSqlContext,
  rows: string,
  text: string,
  order: readonly string[],
): { value: string; none: string } {
  const last = daySpanSql(q, text).last;
  const keys = order.map((o, i) => `${o} AS o${i}`).join(', ');
  const latest = `ld = (SELECT max(ld) FROM lr)`;
  // Each key narrowed to its smallest among the rows the keys before it left.
  let chosen = latest;
  order.forEach((_, i) => {
    chosen = `${chosen} AND o${i} = (SELECT min(o${i}) FROM lr WHERE ${chosen})`;
  });

  return {
    value:
      `(WITH lr AS (SELECT ${text} AS t, ${last} AS ld, ${keys} ${rows})` +
      ` SELECT CASE WHEN count(*) > count(ld) THEN NULL ELSE` +
      ` (SELECT min(t) FROM lr WHERE ${chosen}) END FROM lr)`,
    none: `(NOT EXISTS (SELECT 1 ${rows}))`,
  };
}
