import type { Household, MonitoringRecord, RuleCases } from '@duibiao/core';
import { dataset, household, monitoringRow } from '@duibiao/plugin-sdk';

// As of 2020-09-30, with periods starting on the 1st and 16th, the
// current period is 09-16..09-30 and the previous one 09-01..09-15: a
// record must reach 2020-09-01 to count.

/** A household monitored as 边缘易致贫户 since March, risk not removed. */
function monitored(overrides: Partial<Household> = {}): Household {
  return household({
    householdType: '一般农户',
    monitoredType: '边缘易致贫户',
    monitoredSince: '2020-03-01',
    riskRemoved: false,
    ...overrides,
  });
}

/** A 收支监测 record of H001 over the given days. */
const record = (start: string, end: string) => monitoringRow(start, end, 2000);

/**
 * A table whose only row, in force, is of a household not in the data:
 * the table was provided, and it has no record of H001.
 */
const OTHERS = [
  monitoringRow('2020-08-01', '2020-08-15', 2000, { householdId: 'H002' }),
];

function screened(
  rows: MonitoringRecord[] | undefined,
  overrides: Partial<Household> = {},
) {
  return dataset({
    household: monitored(overrides),
    ...(rows === undefined ? {} : { lists: { monitoring: rows } }),
  });
}

/** What each finding as of 2020-09-30 states of household and window. */
const SEPTEMBER = {
  monitoredType: '边缘易致贫户',
  monitoredSince: '2020-03-01',
  screeningWindowStart: '2020-09-01',
  screeningWindowEnd: '2020-09-30',
  'screeningPeriod.startDays': [1, 16],
};

/** Cases of shaanxi/screening-overdue, as of 2020-09-30. */
export const screeningOverdueCases: RuleCases = {
  valid: [
    {
      name: 'a one-day record on 2020-09-01, the first day of the previous period, is in time',
      data: screened([record('2020-09-01', '2020-09-01')]),
    },
    {
      name: 'a household identified on 2020-09-16, within the current period, is not yet due',
      data: screened(OTHERS, { monitoredSince: '2020-09-16' }),
    },
    {
      name: 'a household whose risk was removed on 2020-09-10 need not be screened',
      data: screened(OTHERS, {
        riskRemoved: true,
        riskRemovalMode: '帮扶消除',
        riskRemovedAt: '2020-09-10',
      }),
    },
    {
      name: 'a household with 风险是否已消除 blank is unknown for want of it',
      data: screened(OTHERS, { riskRemoved: undefined }),
      unknown: ['households.riskRemoved'],
    },
    {
      name: 'without the 收支监测 file the household is unknown, never "not screened"',
      data: screened(undefined),
      unknown: ['monitoring (no file)'],
    },
  ],
  invalid: [
    {
      name: 'the latest record ends on 2020-08-31, the day before the previous period',
      data: screened([
        record('2020-07-01', '2020-07-31'),
        record('2020-08-01', '2020-08-31'),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { ...SEPTEMBER, lastMonitoredOn: '2020-08-31' },
        },
      ],
    },
    {
      name: 'a household identified on 2020-09-15, the day before the current period, with no record at all',
      data: screened(OTHERS, { monitoredSince: '2020-09-15' }),
      findings: [
        {
          householdId: 'H001',
          data: {
            ...SEPTEMBER,
            monitoredSince: '2020-09-15',
            lastMonitoredOn: null,
          },
        },
      ],
    },
    {
      name: 'as of 2020-09-15 the window starts on 2020-08-16, which a record ending 2020-08-15 misses',
      data: screened([record('2020-08-01', '2020-08-15')]),
      asOf: '2020-09-15',
      findings: [
        {
          householdId: 'H001',
          data: {
            screeningWindowStart: '2020-08-16',
            screeningWindowEnd: '2020-09-15',
            lastMonitoredOn: '2020-08-15',
          },
        },
      ],
    },
  ],
};
