import type {
  FactContext,
  FactDefinition,
  FactSql,
  FactSqlContext,
  HouseholdSubject,
  MonitoringRecord,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import {
  isBackwardsPeriod,
  type MonitoringPeriod,
  periodPair,
  type PeriodPair,
} from './monitoring-periods.js';
import {
  annualPerCapitaSql,
  backwardsCountSql,
  backwardsPeriodsSql,
  pairFactSql,
  type PairSql,
  percentAgainstSql,
  ratioFactSql,
  spanSql,
} from './monitoring-sql.js';

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
 * A share as a percentage to one decimal, or to as many more (up to four)
 * as it takes not to read as the limit it is compared with: 3001 against
 * 3000 is 100.03 %, not 100 %, when the limit is 100 %.
 */
function percentAgainst(share: number, limit: unknown): number {
  let decimals = 1;
  const limitPercent = typeof limit === 'number' ? limit * 100 : undefined;
  while (
    decimals < 4 &&
    limitPercent !== undefined &&
    share * 100 !== limitPercent &&
    round(share * 100, decimals) === round(limitPercent, decimals)
  ) {
    decimals += 1;
  }

  return round(share * 100, decimals);
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

const PERIOD_INPUTS = ['monitoring.periodStart', 'monitoring.periodEnd'];

/** The figures of the latest and previous period, as the SQL reads them. */
const netIncome = {
  latest: (pair: PairSql) => pair.latest.netIncome,
  previous: (pair: PairSql) => pair.previous.netIncome,
};
const outOfPocket = {
  latest: (pair: PairSql) => pair.latest.outOfPocket,
};

function monitoringFact<const N extends string>(
  name: N,
  type: FactDefinition['type'],
  description: string,
  inputs: readonly string[],
  pick: (
    pair: PeriodPair,
    subject: HouseholdSubject,
    context: FactContext,
  ) => number | string | null | undefined,
  sql: (q: FactSqlContext) => FactSql,
): FactDefinition<'household'> & { name: N } {
  return {
    name,
    subject: 'household',
    type,
    description: `${description} Null with fewer than two periods over by the reference date.`,
    inputs: [...PERIOD_INPUTS, ...inputs],
    compute(subject, context) {
      const pair = periodPair(subject, context);
      return pair ? pick(pair, subject, context) : pair;
    },
    sql,
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

/** The household's 收支监测 rows with a blank 统计开始 or 统计结束. */
function undatedRows(subject: HouseholdSubject, context: FactContext): number {
  return context.lists
    .byHousehold('monitoring', subject.household.householdId)
    .filter((row) => isBackwardsPeriod(row) === undefined).length;
}

const backwardsFacts = [
  defineFact({
    name: 'backwardsMonitoringPeriodCount',
    subject: 'household',
    type: 'number',
    description:
      'Rows of the household in 收支监测 whose 统计结束 is before their 统计开始 (rows starting after the reference date left out); 0 when none. A row with a blank date may run backwards: with such rows the count is a range, from the rows known to run backwards to those plus the undated ones.',
    inputs: PERIOD_INPUTS,
    compute(subject, context) {
      const known = backwardsRows(subject, context).length;
      const undated = undatedRows(subject, context);

      return undated === 0 ? known : { min: known, max: known + undated };
    },
    sql: backwardsCountSql,
  }),
  defineFact({
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
    sql: backwardsPeriodsSql,
  }),
] as const;

/**
 * Facts over a household's 收支监测 periods, comparing the latest period
 * over by the reference date with the one before it. Figures of periods
 * of different lengths are compared per month (whole or half calendar
 * months) or else per day. The previous period ends before the latest
 * starts (see latestPeriods in monitoring-periods.ts). Also the rows
 * that end before they start, which no comparison uses.
 */
export const monitoringFacts = [
  monitoringFact(
    'latestMonitoringPeriod',
    'string',
    'The latest monitoring period, as first～last day.',
    [],
    ({ latest }) => span(latest),
    (q) => pairFactSql(q, ({ latest }) => spanSql(q, latest)),
  ),
  monitoringFact(
    'previousMonitoringPeriod',
    'string',
    'The monitoring period before the latest, as first～last day.',
    [],
    ({ previous }) => span(previous),
    (q) => pairFactSql(q, ({ previous }) => spanSql(q, previous)),
  ),
  monitoringFact(
    'latestNetIncome',
    'number',
    '家庭纯收入 of the latest period.',
    ['monitoring.netIncome'],
    ({ latest }) => latest.netIncome,
    (q) => pairFactSql(q, ({ latest }) => latest.netIncome),
  ),
  monitoringFact(
    'previousNetIncome',
    'number',
    '家庭纯收入 of the period before the latest.',
    ['monitoring.netIncome'],
    ({ previous }) => previous.netIncome,
    (q) => pairFactSql(q, ({ previous }) => previous.netIncome),
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
    (q) =>
      ratioFactSql(q, netIncome.latest, netIncome.previous, (ratio) =>
        q.fn.round(`(1 - ${ratio})`, 9),
      ),
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
    (q) =>
      ratioFactSql(q, netIncome.latest, netIncome.previous, (ratio) =>
        q.fn.round(`((1 - ${ratio}) * 100)`, 1),
      ),
  ),
  monitoringFact(
    'latestAnnualPerCapitaIncome',
    'number',
    'Net income of the latest period as a year’s per member: × 12 / months, or × 365 / days.',
    ['monitoring.netIncome', 'members.householdId'],
    ({ latest }, { members }) => annualPerCapita(latest, members.length),
    (q) => annualPerCapitaSql(q, ({ latest }) => latest),
  ),
  monitoringFact(
    'previousAnnualPerCapitaIncome',
    'number',
    'Net income of the period before the latest as a year’s per member.',
    ['monitoring.netIncome', 'members.householdId'],
    ({ previous }, { members }) => annualPerCapita(previous, members.length),
    (q) => annualPerCapitaSql(q, ({ previous }) => previous),
  ),
  monitoringFact(
    'latestOutOfPocket',
    'number',
    '合规自付支出 of the latest period.',
    ['monitoring.outOfPocket'],
    ({ latest }) => latest.outOfPocket,
    (q) => pairFactSql(q, ({ latest }) => latest.outOfPocket),
  ),
  monitoringFact(
    'outOfPocketToPreviousIncome',
    'number',
    '合规自付支出 of the latest period over 家庭纯收入 of the previous one, each per month (or per day): above 1 is spending above income; null when the previous income is not above 0.',
    ['monitoring.netIncome', 'monitoring.outOfPocket'],
    (pair) => rateRatio(pair, pair.latest.outOfPocket, pair.previous.netIncome),
    (q) => ratioFactSql(q, outOfPocket.latest, netIncome.previous, (r) => r),
  ),
  monitoringFact(
    'outOfPocketToPreviousIncomePercent',
    'number',
    'outOfPocketToPreviousIncome as a percentage to one decimal (more when one would read as the expenseSpikeIncomeShare limit), for messages.',
    ['monitoring.netIncome', 'monitoring.outOfPocket'],
    (pair, _subject, context) => {
      const ratio = rateRatio(
        pair,
        pair.latest.outOfPocket,
        pair.previous.netIncome,
      );
      return typeof ratio === 'number'
        ? percentAgainst(ratio, context.param('expenseSpikeIncomeShare'))
        : ratio;
    },
    (q) =>
      ratioFactSql(q, outOfPocket.latest, netIncome.previous, (ratio) =>
        percentAgainstSql(q, ratio, q.paramValue('expenseSpikeIncomeShare')),
      ),
  ),
  ...backwardsFacts,
] as const;
