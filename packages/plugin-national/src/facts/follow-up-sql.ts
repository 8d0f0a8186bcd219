import type { FactSql, FactSqlContext } from '@duibiao/core';

import { lastDay } from './date-spans.js';
import { daySpanSql, daySql, lastDaySql, rangeSql } from './date-spans-sql.js';

/**
 * The SQL of the follow-up facts of follow-up.ts (complaints, census
 * issues, projects), each giving row by row what its `compute` gives.
 */

/** TRUE when the field is known to be blank for "none". */
function noneOf(sql: FactSql): string {
  return sql.none ?? 'FALSE';
}

/**
 * Whether a date column is after the reference date, three-valued as
 * `compareDates(date, asOf) === 1`: a month compares by month, so the
 * month holding the reference date is unknown, even on its last day.
 */
function afterAsOf(q: FactSqlContext, text: string): string {
  const span = daySpanSql(q, text);
  const day = daySql(q, text);
  const asOfMonth = `DATE ${q.text(`${q.asOfDate.slice(0, 7)}-01`)}`;

  return (
    `(CASE WHEN ${day} IS NOT NULL THEN ${day} > ${q.asOf}` +
    ` WHEN ${span.first} > ${q.asOf} THEN TRUE` +
    ` WHEN ${span.last} < ${asOfMonth} THEN FALSE END)`
  );
}

/**
 * complaintOpen: TRUE with no 办结日期 or one after the reference date.
 *
 * @param q - The fact's SQL context.
 * @returns A boolean expression.
 */
export function complaintOpenSql(q: FactSqlContext): string {
  const closed = q.column('complaints', 'closedOn');

  return `(CASE WHEN ${noneOf(closed)} THEN TRUE ELSE ${afterAsOf(q, closed.value)} END)`;
}

/**
 * complaintDaysOverdue: days from 受理日期 to 办结日期 (or, while open, to
 * the reference date) less 办结时限（天）, a range for month-only dates.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL with its range.
 */
export function complaintDaysOverdueSql(q: FactSqlContext): FactSql {
  const received = daySpanSql(q, q.column('complaints', 'receivedOn').value);
  const closed = daySpanSql(q, q.column('complaints', 'closedOn').value);
  const limit = q.column('complaints', 'limitDays').value;
  const open = complaintOpenSql(q);
  // Open, the days run to the reference date; closed, to 办结日期.
  const days = (toAsOf: string, toClosed: string) =>
    `(CASE WHEN ${open} THEN ${toAsOf} - ${limit}` +
    ` WHEN NOT ${open} THEN ${toClosed} - ${limit} END)`;
  const min = days(
    q.fn.daysBetween(received.last, q.asOf),
    q.fn.daysBetween(received.last, closed.first),
  );
  const max = days(
    q.fn.daysBetween(received.first, q.asOf),
    q.fn.daysBetween(received.first, closed.last),
  );

  return rangeSql(min, max);
}

/**
 * complaintDeadline: 受理日期 + 办结时限（天） as `YYYY-MM-DD`, for a
 * 受理日期 known to the day. Unknown too for a time limit that is no
 * whole number of days or takes the day out of the years 1000 to 9999,
 * where `addDays` writes no calendar date.
 *
 * @param q - The fact's SQL context.
 * @returns A text expression.
 */
export function complaintDeadlineSql(q: FactSqlContext): string {
  const day = daySql(q, q.column('complaints', 'receivedOn').value);
  const limit = q.column('complaints', 'limitDays').value;
  const bound = (date: string) => `DATE ${q.text(date)}`;
  const fits =
    `${limit} = floor(${limit})` +
    ` AND ${limit} >= ${q.fn.daysBetween(day, bound('1000-01-01'))}` +
    ` AND ${limit} <= ${q.fn.daysBetween(day, bound('9999-12-31'))}`;
  // The days are 0 where they do not fit, so that no engine overflows a
  // date computing the branch it will not take.
  const moved = q.fn.addDays(
    day,
    `(CASE WHEN ${fits} THEN ${limit} ELSE 0 END)`,
  );

  return `(CASE WHEN ${fits} THEN ${q.fn.dateText(moved)} END)`;
}

/**
 * The day a census issue must be cleared by, as a SQL DATE: 完成时限's
 * last day, or, when it is blank, that of the `censusIssueDeadline`
 * parameter (worked out here: it is one date for every row).
 *
 * @param q - The fact's SQL context.
 * @returns A DATE expression.
 */
export function censusIssueDueDateSql(q: FactSqlContext): string {
  const deadline = q.column('censusIssues', 'deadline');
  const fallback = q.paramValue('censusIssueDeadline');
  const due = typeof fallback === 'string' ? lastDay(fallback) : undefined;
  const byDefault = due === undefined ? 'NULL' : `DATE ${q.text(due)}`;

  return (
    `(CASE WHEN ${noneOf(deadline)} THEN ${byDefault}` +
    ` ELSE ${lastDaySql(q, deadline.value)} END)`
  );
}

/**
 * projectNotStarted: 项目状态 未开工, or, with the status neither 在建 nor
 * 已完工, no 开工日期 or one after the reference date.
 *
 * @param q - The fact's SQL context.
 * @returns A boolean expression.
 */
export function projectNotStartedSql(q: FactSqlContext): string {
  const status = q.column('projects', 'status').value;
  const started = q.column('projects', 'startedOn');

  return (
    `(CASE WHEN ${status} = ${q.text('未开工')} THEN TRUE` +
    ` WHEN ${status} IN (${q.text('在建')}, ${q.text('已完工')}) THEN FALSE` +
    ` WHEN ${noneOf(started)} THEN TRUE` +
    ` ELSE ${afterAsOf(q, started.value)} END)`
  );
}
