import type { FactSql, FactSqlContext } from '@duibiao/core';

import type { DaySpanSql } from './date-spans-sql.js';

/**
 * household.ts's `elapsed(monthsRangeBetween(from, to))` in SQL: whole
 * months between two dates, where a date known only to the month may be
 * any day of it, and unknown when `from` is after `to`. A date is the
 * span of days it may be (date-spans-sql.ts's `daySpanSql`); the
 * dialect's `monthsBetween` counts between two days as core does.
 */

/**
 * The reference date, or the day before it, as a span of one day.
 *
 * @param q - The fact's SQL context.
 * @param before - 0 for the reference date, 1 for the day before.
 * @returns The span.
 */
export function asOfSpanSql(q: FactSqlContext, before: 0 | 1): DaySpanSql {
  const day = before === 0 ? q.asOf : q.fn.addDays(q.asOf, '-1');

  return { first: day, last: day };
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
  from: DaySpanSql,
  to: DaySpanSql,
): FactSql {
  const fewest = q.fn.monthsBetween(from.last, to.first);
  const most = q.fn.monthsBetween(from.first, to.last);
  const when = (value: string) =>
    `(CASE WHEN ${fewest} >= 0 THEN ${value} END)`;

  return {
    value: when(`CASE WHEN ${fewest} = ${most} THEN ${fewest} END`),
    range: { min: when(fewest), max: when(most) },
  };
}
