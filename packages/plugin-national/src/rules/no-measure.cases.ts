import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household monitored as 边缘易致贫户 since the given day. */
function monitored(
  since: string | undefined,
  measures: Household['measures'] = [],
) {
  return dataset({
    household: household({
      householdType: '一般农户',
      monitoredType: '边缘易致贫户',
      monitoredSince: since,
      measures,
    }),
  });
}

/** Cases of national/no-measure, on the reference date 2020-09-30. */
export const noMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household identified on 2020-08-30, exactly one month back, is not yet more than a month without measures',
      data: monitored('2020-08-30'),
    },
    {
      name: 'a household identified half a year ago with one measure, even 其他',
      data: monitored('2020-03-01', ['其他']),
    },
    {
      name: 'a household that is not monitored, with no measure',
      data: dataset({ household: household({ measures: [] }) }),
    },
    {
      name: 'a household identified some day of 2020-08 (one month back or more than one) is unknown',
      data: monitored('2020-08'),
      unknown: ['households.monitoredSince'],
    },
    {
      name: 'a monitored household with no measure and a blank 识别监测时间 is unknown',
      data: monitored(undefined),
      unknown: ['households.monitoredSince'],
    },
  ],
  invalid: [
    {
      name: 'a household identified on 2020-08-29, a month and a day back, with no measure',
      data: monitored('2020-08-29'),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            monitoredType: '边缘易致贫户',
            monitoredSince: '2020-08-29',
            monthsSinceMonitored: 1,
          },
        },
      ],
    },
    {
      name: 'a household identified some day of 2020-06, more than a month back on any day of it',
      data: monitored('2020-06'),
      findings: [
        {
          householdId: 'H001',
          data: { monitoredSince: '2020-06', monthsSinceMonitored: 3 },
        },
      ],
    },
  ],
};
