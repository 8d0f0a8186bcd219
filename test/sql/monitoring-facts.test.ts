import type {
  Dataset,
  Household,
  Member,
  MonitoringRecord,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  type FactValue,
  inProcessFactValue,
  PROBE_ENGINES,
  probeRuleSet,
  sqlFactValues,
} from './fact-probe.js';

/**
 * The SQL of the 收支监测 facts on households whose latest two periods and
 * figures were worked out by hand, as of 2020-09-30, in DuckDB and
 * PostgreSQL (PGlite), each held to the in-process `compute` too.
 * Expense spikes are judged against expenseSpikeIncomeShare, 1 (100 %).
 */
const AS_OF = '2020-09-30';

const FACTS = {
  latestMonitoringPeriod: 'string',
  previousMonitoringPeriod: 'string',
  latestNetIncome: 'number',
  previousNetIncome: 'number',
  netIncomeDrop: 'number',
  netIncomeDropPercent: 'number',
  latestAnnualPerCapitaIncome: 'number',
  previousAnnualPerCapitaIncome: 'number',
  latestOutOfPocket: 'number',
  outOfPocketToPreviousIncome: 'number',
  outOfPocketToPreviousIncomePercent: 'number',
  backwardsMonitoringPeriodCount: 'number',
  backwardsMonitoringPeriods: 'string',
} as const;

type Expected = { [K in keyof typeof FACTS]: FactValue };

/** A row: start, end, 家庭纯收入, 合规自付支出. */
type Row = [string | undefined, string | undefined, number?, number?];

interface Case {
  why: string;
  members: number;
  rows: Row[];
  expected: Expected;
}

/** A household with no pair of periods: every pair fact is none. */
const noPair = {
  latestMonitoringPeriod: null,
  previousMonitoringPeriod: null,
  latestNetIncome: null,
  previousNetIncome: null,
  netIncomeDrop: null,
  netIncomeDropPercent: null,
  latestAnnualPerCapitaIncome: null,
  previousAnnualPerCapitaIncome: null,
  latestOutOfPocket: null,
  outOfPocketToPreviousIncome: null,
  outOfPocketToPreviousIncomePercent: null,
};

const CASES: Case[] = [
  {
    why: 'two whole months; a period starting after the reference date is not in force',
    members: 2,
    rows: [
      ['2020-08-01', '2020-08-31', 2000, 100],
      ['2020-09-01', '2020-09-30', 1000, 3000],
      ['2020-10-01', '2020-10-31', 5, 5],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-01～2020-09-30',
      previousMonitoringPeriod: '2020-08-01～2020-08-31',
      latestNetIncome: 1000,
      previousNetIncome: 2000,
      // 1000 a month after 2000: half.
      netIncomeDrop: 0.5,
      netIncomeDropPercent: 50,
      // 1000 × 12 / 1 month / 2 members.
      latestAnnualPerCapitaIncome: 6000,
      previousAnnualPerCapitaIncome: 12000,
      latestOutOfPocket: 3000,
      outOfPocketToPreviousIncome: 1.5,
      outOfPocketToPreviousIncomePercent: 150,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'a month-only February of a leap year, then half of March',
    members: 1,
    rows: [
      ['2020-02', '2020-02', 2900],
      ['2020-03-01', '2020-03-15', 1000],
    ],
    expected: {
      latestMonitoringPeriod: '2020-03-01～2020-03-15',
      previousMonitoringPeriod: '2020-02-01～2020-02-29',
      latestNetIncome: 1000,
      previousNetIncome: 2900,
      // (1000 × 1) / (2900 × 0.5) = 0.6896551724… → 0.689655172.
      netIncomeDrop: 0.310344828,
      netIncomeDropPercent: 31,
      // 1000 × 12 / 0.5 month; 2900 × 12 / 1.
      latestAnnualPerCapitaIncome: 24000,
      previousAnnualPerCapitaIncome: 34800,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'periods of days; one ending after the reference date, one backwards',
    members: 3,
    rows: [
      ['2020-09-05', '2020-09-14', 500],
      ['2020-08-20', '2020-09-03', 1500],
      ['2020-09-16', '2020-10-15', 9999],
      ['2020-07-10', '2020-07-01', 1],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-05～2020-09-14',
      previousMonitoringPeriod: '2020-08-20～2020-09-03',
      latestNetIncome: 500,
      previousNetIncome: 1500,
      // 10 days and 15: (500 × 15) / (1500 × 10).
      netIncomeDrop: 0.5,
      netIncomeDropPercent: 50,
      // 500 × 365 / 10 / 3 = 6083.333…; 1500 × 365 / 15 / 3 = 12166.666….
      latestAnnualPerCapitaIncome: 6083.33,
      previousAnnualPerCapitaIncome: 12166.67,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 1,
      backwardsMonitoringPeriods: '2020-07-10～2020-07-01',
    },
  },
  {
    why: 'one period: no pair; two backwards rows, one of months',
    members: 1,
    rows: [
      ['2020-06', '2020-05'],
      ['2020-09-01', '2020-09-30', 100],
      ['2020-05-10', '2020-05-01'],
    ],
    expected: {
      ...noPair,
      backwardsMonitoringPeriodCount: 2,
      backwardsMonitoringPeriods: '2020-06～2020-05、2020-05-10～2020-05-01',
    },
  },
  {
    why: 'a blank 统计结束: the pair is unknown, the backwards count a range',
    members: 1,
    rows: [
      ['2020-08-01', '2020-08-31', 100],
      ['2020-09-01', undefined],
      ['2020-04-02', '2020-04-01'],
    ],
    expected: {
      latestMonitoringPeriod: undefined,
      previousMonitoringPeriod: undefined,
      latestNetIncome: undefined,
      previousNetIncome: undefined,
      netIncomeDrop: undefined,
      netIncomeDropPercent: undefined,
      latestAnnualPerCapitaIncome: undefined,
      previousAnnualPerCapitaIncome: undefined,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: { min: 1, max: 2 },
      backwardsMonitoringPeriods: '2020-04-02～2020-04-01',
    },
  },
  {
    why: 'two rows of one period disagree: its figures are unknown',
    members: 1,
    rows: [
      ['2020-09-01', '2020-09-30', 100],
      ['2020-09-01', '2020-09-30', 200, 50],
      ['2020-08-01', '2020-08-31', 0],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-01～2020-09-30',
      previousMonitoringPeriod: '2020-08-01～2020-08-31',
      latestNetIncome: undefined,
      previousNetIncome: 0,
      netIncomeDrop: undefined,
      netIncomeDropPercent: undefined,
      latestAnnualPerCapitaIncome: undefined,
      previousAnnualPerCapitaIncome: 0,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'no income in the previous period: no share to take',
    members: 2,
    rows: [
      ['2020-08-01', '2020-08-31', 0, 20],
      ['2020-09-01', '2020-09-30', 500, 10],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-01～2020-09-30',
      previousMonitoringPeriod: '2020-08-01～2020-08-31',
      latestNetIncome: 500,
      previousNetIncome: 0,
      netIncomeDrop: null,
      netIncomeDropPercent: null,
      latestAnnualPerCapitaIncome: 3000,
      previousAnnualPerCapitaIncome: 0,
      latestOutOfPocket: 10,
      outOfPocketToPreviousIncome: null,
      outOfPocketToPreviousIncomePercent: null,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'a whole month holding the latest half is compared with neither',
    members: 1,
    rows: [
      ['2020-09-01', '2020-09-30', 3000],
      ['2020-09-16', '2020-09-30', 1000],
      ['2020-08-16', '2020-08-31', 800],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-16～2020-09-30',
      previousMonitoringPeriod: '2020-08-16～2020-08-31',
      latestNetIncome: 1000,
      previousNetIncome: 800,
      // Half a month each: 1000 / 800 = 1.25, a rise of a quarter.
      netIncomeDrop: -0.25,
      netIncomeDropPercent: -25,
      latestAnnualPerCapitaIncome: 24000,
      previousAnnualPerCapitaIncome: 19200,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'no members: no income per member',
    members: 0,
    rows: [
      ['2020-08-01', '2020-08-31', 100],
      ['2020-09-01', '2020-09-30', 100],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-01～2020-09-30',
      previousMonitoringPeriod: '2020-08-01～2020-08-31',
      latestNetIncome: 100,
      previousNetIncome: 100,
      netIncomeDrop: 0,
      netIncomeDropPercent: 0,
      latestAnnualPerCapitaIncome: undefined,
      previousAnnualPerCapitaIncome: undefined,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'no rows at all',
    members: 1,
    rows: [],
    expected: {
      ...noPair,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'spending a hair above income reads 100.03 %, not 100 %',
    members: 1,
    rows: [
      ['2020-08-01', '2020-08-31', 3000],
      ['2020-09-01', '2020-09-30', undefined, 3001],
    ],
    expected: {
      latestMonitoringPeriod: '2020-09-01～2020-09-30',
      previousMonitoringPeriod: '2020-08-01～2020-08-31',
      latestNetIncome: undefined,
      previousNetIncome: 3000,
      netIncomeDrop: undefined,
      netIncomeDropPercent: undefined,
      latestAnnualPerCapitaIncome: undefined,
      previousAnnualPerCapitaIncome: 36000,
      latestOutOfPocket: 3001,
      // 3001 / 3000 = 1.000333333….
      outOfPocketToPreviousIncome: 1.000333333,
      outOfPocketToPreviousIncomePercent: 100.03,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'February 2020 (29 days) and March are whole months',
    members: 1,
    rows: [
      ['2020-02-01', '2020-02-29', 2900],
      ['2020-03-01', '2020-03-31', 3100],
    ],
    expected: {
      latestMonitoringPeriod: '2020-03-01～2020-03-31',
      previousMonitoringPeriod: '2020-02-01～2020-02-29',
      latestNetIncome: 3100,
      previousNetIncome: 2900,
      // 3100 / 2900 = 1.0689655172… → 1.068965517.
      netIncomeDrop: -0.068965517,
      netIncomeDropPercent: -6.9,
      latestAnnualPerCapitaIncome: 37200,
      previousAnnualPerCapitaIncome: 34800,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
  {
    why: 'February 2019 ends on the 28th: months, not 28 days against 31',
    members: 1,
    rows: [
      ['2019-02-01', '2019-02-28', 2800],
      ['2019-03-01', '2019-03-31', 2800],
    ],
    expected: {
      latestMonitoringPeriod: '2019-03-01～2019-03-31',
      previousMonitoringPeriod: '2019-02-01～2019-02-28',
      latestNetIncome: 2800,
      previousNetIncome: 2800,
      netIncomeDrop: 0,
      netIncomeDropPercent: 0,
      latestAnnualPerCapitaIncome: 33600,
      previousAnnualPerCapitaIncome: 33600,
      latestOutOfPocket: undefined,
      outOfPocketToPreviousIncome: undefined,
      outOfPocketToPreviousIncomePercent: undefined,
      backwardsMonitoringPeriodCount: 0,
      backwardsMonitoringPeriods: null,
    },
  },
];

const households = CASES.map(
  (_, i) => ({ householdId: `H${i}`, regionCode: '610102001001' }) as Household,
);
const membersOf = CASES.map((c, i) =>
  Array.from(
    { length: c.members },
    (_, j) => ({ householdId: `H${i}`, idNumber: `ID-${i}-${j}` }) as Member,
  ),
);
// The households' rows interleaved, so that input order is the table's.
const monitoring: MonitoringRecord[] = [];
for (let at = 0; at < 4; at += 1)
  CASES.forEach((c, i) => {
    const row = c.rows[at];
    if (!row) return;
    const [periodStart, periodEnd, netIncome, outOfPocket] = row;
    monitoring.push({
      householdId: `H${i}`,
      periodStart,
      periodEnd,
      netIncome,
      outOfPocket,
    } as MonitoringRecord);
  });

const dataset: Dataset = {
  households,
  members: membersOf.flat(),
  villages: [],
  lists: { monitoring },
};

describe.each(PROBE_ENGINES)('monitoring facts in %s', (engine) => {
  it('take the latest two periods and compare them', async () => {
    const ruleSet = probeRuleSet(AS_OF, 'household', FACTS);
    const values = await sqlFactValues(engine, dataset, ruleSet, 'household');

    CASES.forEach((c, i) => {
      expect(values.get(String(i)), c.why).toEqual(c.expected);
    });
  });
});

describe('the hand-worked values', () => {
  it('are those compute gives', () => {
    const ruleSet = probeRuleSet(AS_OF, 'household', FACTS);
    CASES.forEach((c, i) => {
      const subject = {
        kind: 'household' as const,
        household: households[i] as Household,
        members: membersOf[i] as Member[],
        village: undefined,
      };
      const got = Object.fromEntries(
        Object.keys(FACTS).map((fact) => [
          fact,
          inProcessFactValue(ruleSet, dataset, subject, fact),
        ]),
      );
      expect(got, c.why).toEqual(c.expected);
    });
  });
});
