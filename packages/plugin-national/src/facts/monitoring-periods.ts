/**
 * The periods of a household's 收支监测 rows: a row's period, rows of one
 * period merged, periods put in order and the latest two paired.
 */
import {
  type CalendarDate,
  compareDates,
  datePartsOf,
  daysBetween,
  daysInMonth,
  type FactContext,
  type HouseholdSubject,
  type ListLookups,
  type MonitoringRecord,
} from '@duibiao/core';

import { firstDay, lastDay } from './date-spans.js';

/**
 * One period of the 收支监测 table for a household: rows with the same
 * first and last day are one period, and a figure is known only when
 * every such row that gives it gives the same value.
 */
export interface MonitoringPeriod {
  /** First day, `YYYY-MM-DD` (a month-only 统计开始 is its first day). */
  first: CalendarDate;
  /** Last day, `YYYY-MM-DD` (a month-only 统计结束 is its last day). */
  last: CalendarDate;
  /** Days in the period, both ends included. */
  days: number;
  /**
   * Length in months when the period is whole calendar months (1st to
   * last day) or half of one (1st–15th, 16th–last day, the screening
   * periods of the notice): 1, 3, 0.5 …; else `undefined`.
   */
  months: number | undefined;
  /** 家庭纯收入 over the period; `undefined` when blank or disputed. */
  netIncome: number | undefined;
  /** 合规自付支出 over the period; `undefined` when blank or disputed. */
  outOfPocket: number | undefined;
}

/** The latest period of a household and the one before it. */
export interface PeriodPair {
  latest: MonitoringPeriod;
  previous: MonitoringPeriod;
}

/**
 * The latest period of a household's 收支监测 rows and the one before it.
 * Only periods over by the reference date count: figures of a period
 * still running are not final. The latest is the one with the latest
 * 统计开始 (of two with the same start, the longer). The previous must end
 * before the latest starts: of the periods that do, the one with the
 * latest start (then the longer). Periods that overlap the latest, such
 * as a whole month holding its second half, are never compared with it:
 * they cannot be put in order. A row whose 统计结束 is before its
 * 统计开始 is no period and is left out, so the other rows are still
 * compared (`monitoring-period-invalid` reports the row).
 *
 * @param rows - The household's rows (those starting after the reference
 * date are already left out).
 * @param asOf - The reference date.
 * @returns The pair; `null` when no two periods over by the reference
 * date follow one another; `undefined` when a row's date is blank or
 * unreadable.
 */
export function latestPeriods(
  rows: readonly MonitoringRecord[],
  asOf: CalendarDate,
): PeriodPair | null | undefined {
  const periods = new Map<string, MonitoringPeriod[]>();
  for (const row of rows) {
    const period = periodOf(row);
    if (period === undefined) return undefined;
    if (period === null) continue;
    if (compareDates(period.last, asOf) === 1) continue;

    const key = `${period.first}/${period.last}`;
    periods.set(key, [...(periods.get(key) ?? []), period]);
  }

  const ordered = [...periods.values()]
    .map(merge)
    .sort(
      (a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last),
    );
  const latest = ordered.at(-1);
  if (!latest) return null;
  const previous = ordered
    .filter((period) => compareDates(period.last, latest.first) === -1)
    .at(-1);

  return previous ? { latest, previous } : null;
}

/**
 * Whether a row's 统计结束 is before its 统计开始 (a month-only date
 * counting as its first day at the start and its last day at the end).
 *
 * @param row - A 收支监测 row.
 * @returns `true` or `false`; `undefined` when a date is blank or
 * unreadable.
 */
export function isBackwardsPeriod(row: MonitoringRecord): boolean | undefined {
  const first = row.periodStart && firstDay(row.periodStart);
  const last = row.periodEnd && lastDay(row.periodEnd);
  const span = first && last ? daysBetween(first, last) : undefined;

  return span === undefined ? undefined : span < 0;
}

/** A row's period; `null` when it ends before it starts. */
function periodOf(row: MonitoringRecord): MonitoringPeriod | null | undefined {
  const first = row.periodStart && firstDay(row.periodStart);
  const last = row.periodEnd && lastDay(row.periodEnd);
  const span = first && last ? daysBetween(first, last) : undefined;
  if (!first || !last || span === undefined) return undefined;
  if (span < 0) return null;

  return {
    first,
    last,
    days: span + 1,
    months: calendarMonths(first, last),
    netIncome: row.netIncome,
    outOfPocket: row.outOfPocket,
  };
}

function calendarMonths(
  first: CalendarDate,
  last: CalendarDate,
): number | undefined {
  const a = datePartsOf(first);
  const b = datePartsOf(last);
  if (!a?.day || !b?.day) return undefined;

  const monthEnd = b.day === daysInMonth(b.year, b.month);
  const sameMonth = a.year === b.year && a.month === b.month;
  if (a.day === 1 && monthEnd)
    return (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (
    sameMonth &&
    ((a.day === 1 && b.day === 15) || (a.day === 16 && monthEnd))
  )
    return 0.5;

  return undefined;
}

function merge(periods: MonitoringPeriod[]): MonitoringPeriod {
  const [one] = periods as [MonitoringPeriod, ...MonitoringPeriod[]];
  const agreed = (pick: (p: MonitoringPeriod) => number | undefined) => {
    const values = new Set(periods.map(pick));
    return values.size === 1 ? pick(one) : undefined;
  };

  return {
    ...one,
    netIncome: agreed((p) => p.netIncome),
    outOfPocket: agreed((p) => p.outOfPocket),
  };
}

const pairs = new WeakMap<
  ListLookups,
  WeakMap<HouseholdSubject['household'], PeriodPair | null | undefined>
>();

/**
 * The latest two periods of a subject household, worked out once per
 * check and household.
 *
 * @param subject - The household.
 * @param context - The check's context.
 * @returns See {@link latestPeriods}.
 */
export function periodPair(
  subject: HouseholdSubject,
  context: FactContext,
): PeriodPair | null | undefined {
  let known = pairs.get(context.lists);
  if (!known) {
    known = new WeakMap();
    pairs.set(context.lists, known);
  }
  if (known.has(subject.household)) return known.get(subject.household);

  const rows = context.lists.byHousehold(
    'monitoring',
    subject.household.householdId,
  );
  const pair = latestPeriods(rows, context.asOf);
  known.set(subject.household, pair);

  return pair;
}
