import {
  addDays,
  type CalendarDate,
  type FactContext,
  type FactDefinition,
  type FactSql,
  type FactSqlContext,
  type MonitoringRecord,
} from '@duibiao/core';

import { daySpan, onOrAfter, onOrBefore } from './day-span.js';
import {
  type ScreeningPeriods,
  screeningPeriods,
} from './screening-periods.js';
import {
  identifiedBeforeSql,
  lastMonitoredOnSql,
  monitoredInWindowSql,
  periodDaySql,
} from './screening-sql.js';

/**
 * Facts for the half-month screening of monitored households (notice
 * 四（三）): the window of the previous and the current screening period
 * as of the reference date, and whether the 收支监测 table has a record of
 * the household in it. The periods come from the `screeningPeriod`
 * parameter; before it is in force they are unknown.
 */

const MONITORING_INPUTS = [
  'monitoring.householdId',
  'monitoring.periodStart',
  'monitoring.periodEnd',
] as const;

// Every household of a check shares the reference date and parameter,
// so the periods are worked out once per check.
const periodsByCheck = new WeakMap<FactContext, ScreeningPeriods | null>();

/**
 * The previous and current screening periods as of the reference date.
 *
 * @param context - The check's context.
 * @returns The periods, or `undefined` when `screeningPeriod` is not in
 * force.
 * @throws {TypeError} When the parameter is not `{ startDays: number[] }`.
 */
function periodsOf(context: FactContext): ScreeningPeriods | undefined {
  const known = periodsByCheck.get(context);
  if (known !== undefined) return known ?? undefined;

  const value = context.param('screeningPeriod') as
    | { startDays?: unknown }
    | undefined;
  let periods: ScreeningPeriods | null = null;
  if (value !== undefined) {
    if (!Array.isArray(value?.startDays)) {
      throw new TypeError(
        `expected the screeningPeriod parameter to be { startDays: number[] }, not ${JSON.stringify(value)}`,
      );
    }
    periods = screeningPeriods(context.asOf, value.startDays as number[]);
  }
  periodsByCheck.set(context, periods);

  return periods ?? undefined;
}

/**
 * Whether a monitoring record's period shares a day with a window, in
 * three values: a month-precision date that straddles an end is unknown.
 */
function overlaps(
  row: MonitoringRecord,
  start: CalendarDate,
  end: CalendarDate,
): boolean | undefined {
  const endsInTime = onOrAfter(row.periodEnd, start);
  const startsInTime = onOrBefore(row.periodStart, end);
  if (endsInTime === false || startsInTime === false) return false;

  return endsInTime && startsInTime ? true : undefined;
}

function household<const N extends string>(
  name: N,
  type: FactDefinition['type'],
  description: string,
  inputs: readonly string[],
  compute: FactDefinition<'household'>['compute'],
  sql: (q: FactSqlContext) => FactSql,
): FactDefinition<'household'> & { name: N } {
  return {
    name,
    subject: 'household',
    type,
    description,
    inputs,
    compute,
    sql,
  };
}

/** Facts about a household's half-month screening. */
export const screeningFacts = [
  household(
    'screeningWindowStart',
    'date',
    'First day of the previous screening period as of the reference date (2020-09-01 for 2020-09-30 with periods starting on the 1st and 16th).',
    [],
    (_, context) => periodsOf(context)?.previous.start,
    (q) => periodDaySql(q, (periods) => periods.previous.start),
  ),
  household(
    'screeningWindowEnd',
    'date',
    'Last day of the current screening period as of the reference date (2020-09-30 for 2020-09-30 with periods starting on the 1st and 16th).',
    [],
    (_, context) => periodsOf(context)?.current.end,
    (q) => periodDaySql(q, (periods) => periods.current.end),
  ),
  household(
    'identifiedBeforeScreeningPeriod',
    'boolean',
    'Whether 识别监测时间 lies before the current screening period: a household identified within it has not yet had a whole period to be screened in.',
    ['households.monitoredSince'],
    ({ household: record }, context) => {
      const periods = periodsOf(context);
      if (!periods || record.monitoredSince == null) return undefined;

      const dayBefore = addDays(periods.current.start, -1) as CalendarDate;
      return onOrBefore(record.monitoredSince, dayBefore);
    },
    identifiedBeforeSql,
  ),
  household(
    'monitoredInScreeningWindow',
    'boolean',
    'Whether the 收支监测 table has a record of the household whose period shares a day with the previous or the current screening period.',
    MONITORING_INPUTS,
    ({ household: record }, context) => {
      const periods = periodsOf(context);
      if (!periods) return undefined;

      const { start } = periods.previous;
      const { end } = periods.current;
      const rows = context.lists.byHousehold('monitoring', record.householdId);
      let unknown = false;
      for (const row of rows) {
        const result = overlaps(row, start, end);
        if (result === true) return true;
        if (result === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    },
    monitoredInWindowSql,
  ),
  household(
    'lastMonitoredOn',
    'date',
    'The latest 统计结束 among the household’s 收支监测 records in force; null when it has none.',
    MONITORING_INPUTS,
    ({ household: record }, context) => {
      const rows = context.lists.byHousehold('monitoring', record.householdId);
      let latest: { date: CalendarDate; last: CalendarDate } | null = null;
      for (const row of rows) {
        const span = daySpan(row.periodEnd);
        if (!span) return undefined;
        if (!latest || span.last > latest.last)
          latest = { date: row.periodEnd as CalendarDate, last: span.last };
      }
      return latest?.date ?? null;
    },
    lastMonitoredOnSql,
  ),
] as const;
