import type { RuleCases, SpotCheckRecord } from '@duibiao/core';
import { dataset, spotCheck } from '@duibiao/plugin-sdk';

// On the reference date 2020-09-30 a check on 2020-09-23 is 7 days
// before it, on 2020-09-22 8 days: late means more than 7.

const checks = (...days: string[]) =>
  dataset({
    lists: { spotChecks: days.map((checkedOn) => spotCheck({ checkedOn })) },
  });

const withRows = (spotChecks: SpotCheckRecord[]) =>
  dataset({ lists: { spotChecks } });

/** Cases of shaanxi/spot-check-report-late, as of 2020-09-30. */
export const spotCheckReportLateCases: RuleCases = {
  valid: [
    {
      name: 'the latest check of 周至县 is exactly 7 days before the reference date, so that week is on time',
      data: checks('2020-09-01', '2020-09-23'),
    },
    {
      name: 'a county whose only check names a household the registry lacks has no checks, and is not reported',
      data: withRows([
        spotCheck({ householdId: 'H999', checkedOn: '2020-08-01' }),
      ]),
    },
    {
      name: 'without the 电话抽查 file the county is unknown, never "no checks"',
      data: dataset(),
      unknown: ['spotChecks (no file)'],
    },
    {
      name: 'a check dated only 2020-09 may be 0 to 29 days old, so lateness is unknown',
      data: checks('2020-09'),
      unknown: ['spotChecks.checkedOn', 'spotChecks.householdId'],
    },
  ],
  invalid: [
    {
      name: 'the latest of two checks is 8 days before the reference date',
      data: checks('2020-09-01', '2020-09-22'),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: {
            lastSpotCheckOn: '2020-09-22',
            daysSinceLastSpotCheck: 8,
            spotCheckReportEvery: 7,
            spotCheckCount: 2,
          },
        },
      ],
    },
    {
      name: 'a check after the reference date is not counted, leaving the one 8 days old',
      data: checks('2020-09-22', '2020-10-02'),
      findings: [
        {
          householdId: null,
          data: {
            lastSpotCheckOn: '2020-09-22',
            daysSinceLastSpotCheck: 8,
            spotCheckCount: 1,
          },
        },
      ],
    },
    {
      name: 'a check dated only 2020-08 is 30 to 60 days old, late whichever day it was',
      data: checks('2020-08'),
      findings: [
        {
          householdId: null,
          data: {
            lastSpotCheckOn: '2020-08',
            daysSinceLastSpotCheck: { min: 30, max: 60 },
            spotCheckCount: 1,
          },
        },
      ],
    },
  ],
};
