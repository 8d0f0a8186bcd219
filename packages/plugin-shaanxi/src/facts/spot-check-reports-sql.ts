import type { FactSql, FactSqlContext } from '@duibiao/core';

import { daySpanSql, latestDateSql } from './day-span-sql.js';

/**
 * The SQL of the county facts of spot-check-reports.ts, over the county's
 * rows of 电话抽查 in force (those of its households, by 户编号).
 */

/**
 * spotCheckCount: the county's phone spot checks.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function spotCheckCountSql(q: FactSqlContext): FactSql {
  const checks = q.related('spotChecks');

  return {
    value: `(SELECT count(*) FROM ${checks.from} WHERE ${checks.where})`,
  };
}

/**
 * lastSpotCheckOn: the 抽查日期 latest by its last possible day, as
 * written; of several, the first in the order the in-process engine
 * reads them, its households' order and then the rows'.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function lastSpotCheckOnSql(q: FactSqlContext): FactSql {
  const checks = q.related('spotChecks');
  const homes = q.related('households');
  const householdRow =
    `(SELECT min(${homes.row}) FROM ${homes.from} WHERE ${homes.where}` +
    ` AND ${homes.column('householdId').value} = ${checks.column('householdId').value})`;

  return latestDateSql(
    q,
    `FROM ${checks.from} WHERE ${checks.where}`,
    checks.column('checkedOn').value,
    [householdRow, checks.row],
  );
}

/**
 * daysSinceLastSpotCheck: days from the latest check to the reference
 * date, never below 0; a range when the latest is a month; none without
 * checks.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL with its range.
 */
export function daysSinceLastSpotCheckSql(q: FactSqlContext): FactSql {
  const checks = q.related('spotChecks');
  const span = daySpanSql(q, checks.column('checkedOn').value);
  const rows = `FROM ${checks.from} WHERE ${checks.where}`;
  // Unknown when a check's date is unreadable, as the loop gives up then.
  const days = (day: string) => {
    const d = q.fn.daysBetween(`max(${day})`, q.asOf);
    return (
      `(SELECT CASE WHEN count(*) > count(${day}) THEN NULL` +
      ` WHEN ${d} < 0 THEN 0 ELSE ${d} END ${rows})`
    );
  };
  const fewest = days(span.last);
  const most = days(span.first);

  return {
    value: `(CASE WHEN ${fewest} = ${most} THEN ${fewest} END)`,
    none: `(NOT EXISTS (SELECT 1 ${rows}))`,
    range: { min: fewest, max: most },
  };
}
