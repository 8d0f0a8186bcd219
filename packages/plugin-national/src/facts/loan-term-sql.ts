import type { FactSql, FactSqlContext } from '@duibiao/core';

import { daySpanSql } from './date-spans-sql.js';

/**
 * `loanTermMonthsExclusive` in SQL: whole months from 放款日期 to the day
 * before 到期日期, as monthsBeforeDay counts them, a range when a date
 * known only to the month leaves it open, unknown when it would be
 * negative.
 *
 * Whole months grow with the later day and shrink with the earlier (the
 * count was checked to be monotone so over every pair of days from
 * December 2019 to March 2021, leap February and months' ends included),
 * so the fewest are from the last day the loan date may be to the day
 * before the first the due date may be, and the most from its first to
 * the day before the due date's last: the two ends monthsBeforeDay keeps.
 *
 * @param q - The loan's SQL context.
 * @returns The fact's SQL, with `range`.
 */
export function loanTermMonthsSql(q: FactSqlContext): FactSql {
  const loan = daySpanSql(q, q.column('credit', 'loanDate').value);
  const due = daySpanSql(q, q.column('credit', 'dueDate').value);
  const dayBefore = (date: string) => q.fn.addDays(date, '-1');
  const fewest = q.fn.monthsBetween(loan.last, dayBefore(due.first));
  const most = q.fn.monthsBetween(loan.first, dayBefore(due.last));
  // A due date whole months before the loan date is a wrong record. NULL
  // dates (blank, or no real day) make every part NULL.
  const when = (expr: string) => `(CASE WHEN ${fewest} >= 0 THEN ${expr} END)`;

  return {
    value: when(`(CASE WHEN ${fewest} = ${most} THEN ${fewest} END)`),
    range: { min: when(fewest), max: when(most) },
  };
}
