import type {
  Dataset,
  EmploymentRecord,
  Household,
  Member,
  MonitoringRecord,
  SpotCheckRecord,
  Subject,
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
 * The SQL of the Shaanxi plugin's facts on data whose values were worked
 * out by hand: half-month screening windows (periods from the 1st and the
 * 16th, in force from 2020-08-22), a county's phone spot checks, and the
 * employment ledger; in DuckDB and PostgreSQL (PGlite), each value held to
 * the in-process `compute` too.
 */

const SCREENING = {
  screeningWindowStart: 'date',
  screeningWindowEnd: 'date',
  identifiedBeforeScreeningPeriod: 'boolean',
  monitoredInScreeningWindow: 'boolean',
  lastMonitoredOn: 'date',
} as const;

/** 识别监测时间, rows as [统计开始, 统计结束], and the five facts' values. */
type ScreeningCase = [
  string | undefined,
  [string | undefined, string | undefined][],
  FactValue[],
];

/** 识别监测时间, rows, and the last three facts' values. */
type ByHand = [
  string | undefined,
  [string | undefined, string | undefined][],
  [FactValue, FactValue, FactValue],
];

/** Cases with the window's first and last day as the first two facts. */
function withWindow(
  start: string,
  end: string,
  cases: ByHand[],
): ScreeningCase[] {
  return cases.map(([since, rows, values]) => [
    since,
    rows,
    [start, end, ...values],
  ]);
}

/**
 * As of 2020-09-30: the previous period is 1–15 September, the current
 * 16–30 September; identified before the current period is on or before
 * 15 September.
 */
const AT_END_OF_SEPTEMBER = withWindow('2020-09-01', '2020-09-30', [
  [
    '2020-09-15',
    [
      ['2020-08-01', '2020-08-31'],
      ['2020-09-01', '2020-09-30'],
    ],
    [true, true, '2020-09-30'],
  ],
  ['2020-09-16', [['2020-08', '2020-08']], [false, false, '2020-08']],
  // September straddles the 15th; a month ending in September reaches
  // the window.
  ['2020-09', [['2020-08-01', '2020-09']], [undefined, true, '2020-09']],
  ['2020-08', [], [true, false, null]],
  [undefined, [['2020-09-01', undefined]], [undefined, undefined, undefined]],
  // Two rows end on 30 September: the first, a month, is the one named.
  [
    '2020-10',
    [
      ['2020-09-01', '2020-09'],
      ['2020-09-01', '2020-09-30'],
    ],
    [false, true, '2020-09'],
  ],
  // A row starting after the reference date is not in force; one ending
  // after it still counts.
  [
    '2020-02',
    [
      ['2020-10-01', '2020-10-31'],
      ['2020-09-20', '2020-10-10'],
    ],
    [true, true, '2020-10-10'],
  ],
]);

/**
 * As of 2020-09-10: the previous period is 16–31 August, the current 1–15
 * September. August straddles the window's start, September its end.
 */
const IN_EARLY_SEPTEMBER = withWindow('2020-08-16', '2020-09-15', [
  ['2020-08', [['2020-08-01', '2020-08']], [true, undefined, '2020-08']],
  ['2020-09', [['2020-09', '2020-09-20']], [false, undefined, '2020-09-20']],
  [
    '2020-08-31',
    [
      ['2020-08-01', '2020-08'],
      ['2020-08-20', '2020-08-25'],
    ],
    [true, true, '2020-08'],
  ],
  [
    '2020-09-01',
    [
      ['2020-08-01', '2020-08'],
      ['2020-07-01', '2020-07-31'],
    ],
    [false, undefined, '2020-08'],
  ],
]);

/**
 * As of 2021-03-01: the previous period is 16–28 February 2021, the
 * current 1–15 March; the day before it is 28 February.
 */
const IN_MARCH_2021 = withWindow('2021-02-16', '2021-03-15', [
  ['2021-02-28', [['2021-02', '2021-02']], [true, undefined, '2021-02']],
  ['2021-03', [['2021-02-27', '2021-02-28']], [false, true, '2021-02-28']],
]);

/** Before the notice the periods are not in force: every fact unknown. */
const BEFORE_THE_NOTICE: ScreeningCase[] = [
  [
    '2020-01',
    [['2020-06-01', '2020-06-30']],
    [undefined, undefined, undefined, undefined, '2020-06-30'],
  ],
];

/** Households and monitoring rows of screening cases. */
function screeningData(cases: ScreeningCase[]): Dataset {
  const monitoring: MonitoringRecord[] = [];
  cases.forEach(([, rows], i) => {
    for (const [periodStart, periodEnd] of rows)
      monitoring.push({
        householdId: `S${i}`,
        periodStart,
        periodEnd,
      } as MonitoringRecord);
  });

  return {
    households: cases.map(
      ([monitoredSince], i) =>
        ({ householdId: `S${i}`, monitoredSince }) as Household,
    ),
    members: [],
    villages: [],
    lists: { monitoring },
  };
}

const SCREENING_RUNS: [string, ScreeningCase[]][] = [
  ['2020-09-30', AT_END_OF_SEPTEMBER],
  ['2020-09-10', IN_EARLY_SEPTEMBER],
  ['2021-03-01', IN_MARCH_2021],
  ['2020-08-01', BEFORE_THE_NOTICE],
];

/** Households by county: 610102 has two, each other county one. */
const HOMES = [
  ['Ha', '610102001001'],
  ['Hb', '610102001002'],
  ['Hc', '610103001001'],
  ['Hd', '610104001001'],
  ['He', '610105001001'],
  ['Hf', '610106001001'],
  ['Hg', '610107001001'],
].map(
  ([householdId, regionCode]) => ({ householdId, regionCode }) as Household,
);

const check = (householdId: string, checkedOn?: string) =>
  ({ householdId, checkedOn, item: 'netIncome' }) as SpotCheckRecord;

const SPOT_CHECKS = [
  check('Hb', '2020-09-30'),
  check('Ha', '2020-09-25'),
  check('Ha', '2020-09'),
  check('Hc', '2020-09-28'),
  check('Hc', '2020-10-02'),
  check('He', '2020-08'),
  check('Hf', undefined),
  check('Hb', '2020-09-20'),
  check('Hg', '2020-09'),
];

const SPOT_CHECK_FACTS = {
  spotCheckCount: 'number',
  lastSpotCheckOn: 'date',
  daysSinceLastSpotCheck: 'number',
} as const;

/** Per county: spotCheckCount, lastSpotCheckOn, daysSinceLastSpotCheck. */
const BY_COUNTY: Record<string, Record<string, FactValue[]>> = {
  '2020-09-30': {
    // 30 September is the latest last day, of Hb's check and of Ha's
    // month; Ha's come first, its households being read first.
    '610102': [4, '2020-09', 0],
    '610103': [1, '2020-09-28', 2],
    '610104': [0, null, null],
    '610105': [1, '2020-08', { min: 30, max: 60 }],
    '610106': [1, undefined, undefined],
    '610107': [1, '2020-09', { min: 0, max: 29 }],
  },
  // Mid-month, September's last day lies after the reference date: the
  // fewest days are not below 0.
  '2020-09-15': {
    '610102': [1, '2020-09', { min: 0, max: 14 }],
    '610103': [0, null, null],
    '610104': [0, null, null],
    '610105': [1, '2020-08', { min: 15, max: 45 }],
    '610106': [1, undefined, undefined],
    '610107': [1, '2020-09', { min: 0, max: 14 }],
  },
};

const spotCheckData: Dataset = {
  households: HOMES,
  members: [],
  villages: [],
  lists: { spotChecks: SPOT_CHECKS },
};

const MEMBERS = ['A1', 'B2', undefined, 'D4'].map(
  (idNumber, i) => ({ householdId: `M${i}`, idNumber }) as Member,
);

const employmentData: Dataset = {
  households: [],
  members: MEMBERS,
  villages: [],
  lists: {
    employment: [
      { idNumber: 'A1', asOf: '2020-09-01' },
      { idNumber: 'D4', asOf: '2020-10-31' },
    ] as EmploymentRecord[],
  },
};

/** onEmploymentLedger per member: D4's only row is not yet in force. */
const ON_LEDGER: FactValue[] = [true, false, undefined, false];

/** The facts' values per subject as compute gives them. */
function inProcess(
  asOf: string,
  facts: Readonly<Record<string, 'boolean' | 'number' | 'date'>>,
  dataset: Dataset,
  subject: Subject,
): FactValue[] {
  const ruleSet = probeRuleSet(asOf, subject.kind, facts);

  return Object.keys(facts).map((fact) =>
    inProcessFactValue(ruleSet, dataset, subject, fact),
  );
}

describe.each(PROBE_ENGINES)('Shaanxi facts in %s', (engine) => {
  it.each(SCREENING_RUNS)('screening as of %s', async (asOf, cases) => {
    const ruleSet = probeRuleSet(asOf, 'household', SCREENING);
    const data = screeningData(cases);
    const values = await sqlFactValues(engine, data, ruleSet, 'household');

    cases.forEach(([since, , expected], i) => {
      expect(Object.values(values.get(String(i)) ?? {}), since).toEqual(
        expected,
      );
    });
  });

  it.each(Object.keys(BY_COUNTY))('spot checks as of %s', async (asOf) => {
    const ruleSet = probeRuleSet(asOf, 'county', SPOT_CHECK_FACTS);
    const values = await sqlFactValues(
      engine,
      spotCheckData,
      ruleSet,
      'county',
    );

    for (const [county, expected] of Object.entries(BY_COUNTY[asOf]!))
      expect(Object.values(values.get(county) ?? {}), county).toEqual(expected);
  });

  it('the employment ledger', async () => {
    const facts = { onEmploymentLedger: 'boolean' } as const;
    const ruleSet = probeRuleSet('2020-09-30', 'member', facts);
    const values = await sqlFactValues(
      engine,
      employmentData,
      ruleSet,
      'member',
    );

    expect(
      MEMBERS.map((_, i) => values.get(String(i))?.onEmploymentLedger),
    ).toEqual(ON_LEDGER);
  });
});

describe('the hand-worked values are those compute gives', () => {
  it.each(SCREENING_RUNS)('screening as of %s', (asOf, cases) => {
    const data = screeningData(cases);
    cases.forEach(([since, , expected], i) => {
      const subject: Subject = {
        kind: 'household',
        household: data.households[i] as Household,
        members: [],
        village: undefined,
      };
      expect(inProcess(asOf, SCREENING, data, subject), since).toEqual(
        expected,
      );
    });
  });

  it.each(Object.keys(BY_COUNTY))('spot checks as of %s', (asOf) => {
    for (const [county, expected] of Object.entries(BY_COUNTY[asOf]!)) {
      const subject: Subject = {
        kind: 'county',
        regionCode: county,
        households: HOMES.filter((h) => h.regionCode?.startsWith(county)),
      };
      expect(
        inProcess(asOf, SPOT_CHECK_FACTS, spotCheckData, subject),
        county,
      ).toEqual(expected);
    }
  });

  it('the employment ledger', () => {
    const got = MEMBERS.map(
      (member) =>
        inProcess(
          '2020-09-30',
          { onEmploymentLedger: 'boolean' },
          employmentData,
          {
            kind: 'member',
            member,
            household: undefined,
            members: [member],
            village: undefined,
          },
        )[0],
    );
    expect(got).toEqual(ON_LEDGER);
  });
});
