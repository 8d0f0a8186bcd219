import {
  type CalendarDate,
  compareDates,
  datePartsOf,
  daysBetween,
  daysInMonth,
  type FactContext,
  type FactDefinition,
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

/**
 * The lengths two periods are compared by: months when both are whole or
 * half calendar months, else days.
 *
 * @param pair - The periods.
 * @returns The latest's and the previous period's lengths, one unit.
 */
export function comparableLengths(pair: PeriodPair): [number, number] {
  const { latest, previous } = pair;

  return latest.months !== undefined && previous.months !== undefined
    ? [latest.months, previous.months]
    : [latest.days, previous.days];
}

/**
 * A figure of the latest period as a share of a figure of the previous
 * one, each divided by its period's length; rounded to nine decimals so
 * that a ratio of exactly 0.7 is not 0.69999….
 *
 * @param pair - The periods.
 * @param latest - The latest period's figure.
 * @param previous - The previous period's figure.
 * @returns The ratio; `null` when the previous figure is not above 0;
 * `undefined` when a figure is unknown.
 */
export function rateRatio(
  pair: PeriodPair,
  latest: number | undefined,
  previous: number | undefined,
): number | null | undefined {
  if (latest === undefined || previous === undefined) return undefined;
  if (previous <= 0) return null;

  const [latestLength, previousLength] = comparableLengths(pair);
  return round((latest * previousLength) / (previous * latestLength), 9);
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;

  return Math.round(value * scale) / scale;
}

/**
 * A period's net income as a year's, per member: by its months × 12 when
 * it is whole or half calendar months, else by its days × 365.
 */
function annualPerCapita(
  period: MonitoringPeriod,
  memberCount: number,
): number | undefined {
  if (period.netIncome === undefined || memberCount === 0) return undefined;

  const perYear =
    period.months !== undefined
      ? (period.netIncome * 12) / period.months
      : (period.netIncome * 365) / period.days;
  return round(perYear / memberCount, 2);
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

const PERIOD_INPUTS = ['monitoring.periodStart', 'monitoring.periodEnd'];

function monitoringFact(
  name: string,
  type: FactDefinition['type'],
  description: string,
  inputs: readonly string[],
  pick: (
    pair: PeriodPair,
    subject: HouseholdSubject,
  ) => number | string | null | undefined,
): FactDefinition<'household'> {
  return {
    name,
    subject: 'household',
    type,
    description: `${description} Null with fewer than two periods over by the reference date.`,
    inputs: [...PERIOD_INPUTS, ...inputs],
    compute(subject, context) {
      const pair = periodPair(subject, context);
      return pair ? pick(pair, subject) : pair;
    },
  };
}

function span(period: MonitoringPeriod): string {
  return `${period.first}～${period.last}`;
}

/** The household's 收支监测 rows whose 统计结束 is before their 统计开始. */
function backwardsRows(
  subject: HouseholdSubject,
  context: FactContext,
): MonitoringRecord[] {
  return context.lists
    .byHousehold('monitoring', subject.household.householdId)
    .filter((row) => isBackwardsPeriod(row) === true);
}

const backwardsFacts: readonly FactDefinition<'household'>[] = [
  {
    name: 'backwardsMonitoringPeriodCount',
    subject: 'household',
    type: 'number',
    description:
      'Rows of the household in 收支监测 whose 统计结束 is before their 统计开始 (rows starting after the reference date left out); 0 when none.',
    inputs: PERIOD_INPUTS,
    compute: (subject, context) => backwardsRows(subject, context).length,
  },
  {
    name: 'backwardsMonitoringPeriods',
    subject: 'household',
    type: 'string',
    description:
      'Those rows as 统计开始～统计结束, as written, joined by 、; null when none.',
    inputs: PERIOD_INPUTS,
    compute(subject, context) {
      const rows = backwardsRows(subject, context);
      return rows.length === 0
        ? null
        : rows.map((row) => `${row.periodStart}～${row.periodEnd}`).join('、');
    },
  },
];

/**
 * Facts over a household's 收支监测 periods, comparing the latest period
 * over by the reference date with the one before it. Figures of periods
 * of different lengths are compared per month (whole or half calendar
 * months) or else per day. The previous period ends before the latest
 * starts (see {@link latestPeriods}). Also the rows that end before they
 * start, which no comparison uses.
 */
export const monitoringFacts: readonly FactDefinition<'household'>[] = [
  monitoringFact(
    'latestMonitoringPeriod',
    'string',
    'The latest monitoring period, as first～last day.',
    [],
    ({ latest }) => span(latest),
  ),
  monitoringFact(
    'previousMonitoringPeriod',
    'string',
    'The monitoring period before the latest, as first～last day.',
    [],
    ({ previous }) => span(previous),
  ),
  monitoringFact(
    'latestNetIncome',
    'number',
    '家庭纯收入 of the latest period.',
    ['monitoring.netIncome'],
    ({ latest }) => latest.netIncome,
  ),
  monitoringFact(
    'previousNetIncome',
    'number',
    '家庭纯收入 of the period before the latest.',
    ['monitoring.netIncome'],
    ({ previous }) => previous.netIncome,
  ),
  monitoringFact(
    'netIncomeDrop',
    'number',
    'Share by which net income per month (or per day) fell from the previous period to the latest: 0.3 is 30 %; negative for a rise; null when the previous period’s income is not above 0.',
    ['monitoring.netIncome'],
    (pair) => {
      const ratio = rateRatio(
        pair,
        pair.latest.netIncome,
        pair.previous.netIncome,
      );
      return typeof ratio === 'number' ? round(1 - ratio, 9) : ratio;
    },
  ),
  monitoringFact(
    'netIncomeDropPercent',
    'number',
    'netIncomeDrop as a percentage to one decimal, for messages.',
    ['monitoring.netIncome'],
    (pair) => {
      const ratio = rateRatio(
        pair,
        pair.latest.netIncome,
        pair.previous.netIncome,
      );
      return typeof ratio === 'number' ? round((1 - ratio) * 100, 1) : ratio;
    },
  ),
  monitoringFact(
    'latestAnnualPerCapitaIncome',
    'number',
    'Net income of the latest period as a year’s per member: × 12 / months, or × 365 / days.',
    ['monitoring.netIncome', 'members.householdId'],
    ({ latest }, { members }) => annualPerCapita(latest, members.length),
  ),
  monitoringFact(
    'previousAnnualPerCapitaIncome',
    'number',
    'Net income of the period before the latest as a year’s per member.',
    ['monitoring.netIncome', 'members.householdId'],
    ({ previous }, { members }) => annualPerCapita(previous, members.length),
  ),
  monitoringFact(
    'latestOutOfPocket',
    'number',
    '合规自付支出 of the latest period.',
    ['monitoring.outOfPocket'],
    ({ latest }) => latest.outOfPocket,
  ),
  monitoringFact(
    'outOfPocketToPreviousIncome',
    'number',
    '合规自付支出 of the latest period over 家庭纯收入 of the previous one, each per month (or per day): above 1 is spending above income; null when the previous income is not above 0.',
    ['monitoring.netIncome', 'monitoring.outOfPocket'],
    (pair) => rateRatio(pair, pair.latest.outOfPocket, pair.previous.netIncome),
  ),
  monitoringFact(
    'outOfPocketToPreviousIncomePercent',
    'number',
    'outOfPocketToPreviousIncome as a percentage to one decimal, for messages.',
    ['monitoring.netIncome', 'monitoring.outOfPocket'],
    (pair) => {
      const ratio = rateRatio(
        pair,
        pair.latest.outOfPocket,
        pair.previous.netIncome,
      );
      return typeof ratio === 'number' ? round(ratio * 100, 1) : ratio;
    },
  ),
  ...backwardsFacts,
];
