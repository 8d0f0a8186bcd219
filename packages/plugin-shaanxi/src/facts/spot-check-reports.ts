import {
  type CalendarDate,
  type CountySubject,
  daysBetween,
  type FactContext,
  type FactDefinition,
  type FactSql,
  type FactSqlContext,
  numberOrRange,
  type SpotCheckRecord,
} from '@duibiao/core';

import { daySpan } from './day-span.js';
import {
  daysSinceLastSpotCheckSql,
  lastSpotCheckOnSql,
  spotCheckCountSql,
} from './spot-check-reports-sql.js';

/**
 * Facts about the phone spot checks of a county (notice 三（二）: results
 * are reported weekly). A county's checks are the rows of 电话抽查 whose
 * 户编号 is one of the county's households, in force on the reference
 * date; a row naming a household the registry lacks belongs to no county.
 */

const INPUTS = ['spotChecks.householdId', 'spotChecks.checkedOn'] as const;

function checksOf(
  subject: CountySubject,
  context: FactContext,
): SpotCheckRecord[] {
  return subject.households.flatMap((home) =>
    context.lists.byHousehold('spotChecks', home.householdId),
  );
}

function county<const N extends string>(
  name: N,
  type: FactDefinition['type'],
  description: string,
  compute: FactDefinition<'county'>['compute'],
  sql: (q: FactSqlContext) => FactSql,
): FactDefinition<'county'> & { name: N } {
  return {
    name,
    subject: 'county',
    type,
    description,
    inputs: INPUTS,
    compute,
    sql,
  };
}

/** Facts about a county's phone spot checks. */
export const spotCheckReportFacts = [
  county(
    'spotCheckCount',
    'number',
    'Phone spot checks (电话抽查) of the county’s households in force on the reference date.',
    (subject, context) => checksOf(subject, context).length,
    spotCheckCountSql,
  ),
  county(
    'lastSpotCheckOn',
    'date',
    'Day of the county’s latest phone spot check; null when it has none.',
    (subject, context) => {
      let latest: { date: CalendarDate; last: CalendarDate } | null = null;
      for (const check of checksOf(subject, context)) {
        const span = daySpan(check.checkedOn);
        if (!span) return undefined;
        if (!latest || span.last > latest.last)
          latest = { date: check.checkedOn as CalendarDate, last: span.last };
      }
      return latest?.date ?? null;
    },
    lastSpotCheckOnSql,
  ),
  county(
    'daysSinceLastSpotCheck',
    'number',
    'Days from the county’s latest phone spot check to the reference date (0 on the day itself); a range when the latest is known only to the month; null when it has none.',
    (subject, context) => {
      const checks = checksOf(subject, context);
      if (checks.length === 0) return null;

      // The latest check may be any day of a month-only date: the fewest
      // days come from the latest possible day, the most from the latest
      // of the earliest possible days.
      let latestLast = '';
      let latestFirst = '';
      for (const check of checks) {
        const span = daySpan(check.checkedOn);
        if (!span) return undefined;
        if (span.last > latestLast) latestLast = span.last;
        if (span.first > latestFirst) latestFirst = span.first;
      }
      const fewest = daysBetween(latestLast, context.asOf);
      const most = daysBetween(latestFirst, context.asOf);
      if (fewest === undefined || most === undefined) return undefined;

      return numberOrRange(Math.max(fewest, 0), Math.max(most, 0));
    },
    daysSinceLastSpotCheckSql,
  ),
] as const;
