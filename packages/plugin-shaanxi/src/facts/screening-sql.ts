import {
  addDays,
  type CalendarDate,
  type FactSql,
  type FactSqlContext,
} from '@duibiao/core';

import {
  dateLiteral,
  daySpanSql,
  latestDateSql,
  nullText,
  onOrAfterSql,
  onOrBeforeSql,
} from './day-span-sql.js';
import {
  type ScreeningPeriods,
  screeningPeriods,
} from './screening-periods.js';

/**
 * The SQL of the screening facts of screening.ts. The periods are one
 * pair for every household of a check, so they are worked out here from
 * the reference date and the `screeningPeriod` parameter and reach the
 * SQL as date literals.
 */

/**
 * The previous and current screening periods, as `periodsOf` finds them.
 *
 * @param q - The fact's SQL context.
 * @returns The periods, or `undefined` when the parameter is not in force.
 * @throws {TypeError} When the parameter is not `{ startDays: number[] }`:
 * the fact then has no SQL form and its rules run in-process, which
 * report the same error.
 */
function periodsSql(q: FactSqlContext): ScreeningPeriods | undefined {
  const value = q.paramValue('screeningPeriod') as
    | { startDays?: unknown }
    | undefined;
  if (value === undefined) return undefined;
  if (!Array.isArray(value?.startDays)) {
    throw new TypeError(
      `expected the screeningPeriod parameter to be { startDays: number[] }, not ${JSON.stringify(value)}`,
    );
  }

  return screeningPeriods(q.asOfDate, value.startDays as number[]);
}

/**
 * A day of the periods as a date fact.
 *
 * @param q - The fact's SQL context.
 * @param pick - The day, from the periods.
 * @returns The fact's SQL.
 */
export function periodDaySql(
  q: FactSqlContext,
  pick: (periods: ScreeningPeriods) => CalendarDate,
): FactSql {
  const periods = periodsSql(q);

  return { value: periods ? q.text(pick(periods)) : nullText(q) };
}

/**
 * identifiedBeforeScreeningPeriod: 识别监测时间 on or before the day
 * before the current period.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function identifiedBeforeSql(q: FactSqlContext): FactSql {
  const periods = periodsSql(q);
  if (!periods) return { value: 'CAST(NULL AS BOOLEAN)' };

  const since = q.column('households', 'monitoredSince').value;
  const dayBefore = addDays(periods.current.start, -1) as CalendarDate;

  return {
    value: onOrBeforeSql(daySpanSql(q, since), dateLiteral(q, dayBefore)),
  };
}

/**
 * monitoredInScreeningWindow: some 收支监测 row shares a day with the
 * previous or current period; unknown when none surely does and one may.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function monitoredInWindowSql(q: FactSqlContext): FactSql {
  const periods = periodsSql(q);
  if (!periods) return { value: 'CAST(NULL AS BOOLEAN)' };

  const rows = q.related('monitoring');
  const start = dateLiteral(q, periods.previous.start);
  const end = dateLiteral(q, periods.current.end);
  const endsInTime = onOrAfterSql(
    daySpanSql(q, rows.column('periodEnd').value),
    start,
  );
  const startsInTime = onOrBeforeSql(
    daySpanSql(q, rows.column('periodStart').value),
    end,
  );
  // 2 for a row that overlaps, 0 for one that surely does not, 1 unknown.
  const overlap =
    `(CASE WHEN NOT ${endsInTime} OR NOT ${startsInTime} THEN 0` +
    ` WHEN ${endsInTime} AND ${startsInTime} THEN 2 ELSE 1 END)`;

  return {
    value:
      `(SELECT CASE max(${overlap}) WHEN 2 THEN TRUE WHEN 1 THEN NULL` +
      ` ELSE FALSE END FROM ${rows.from} WHERE ${rows.where})`,
  };
}

/**
 * lastMonitoredOn: the latest 统计结束 among the household's rows as
 * written; none without rows.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function lastMonitoredOnSql(q: FactSqlContext): FactSql {
  const rows = q.related('monitoring');

  return latestDateSql(
    q,
    `FROM ${rows.from} WHERE ${rows.where}`,
    rows.column('periodEnd').value,
    [rows.row],
  );
}
