import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/**
 * The clean household monitored as 脱贫不稳定户 since 2020-03-15, its
 * risk removed by assistance, changed as given.
 */
function removed(overrides: Partial<Household>) {
  return dataset({
    household: household({
      monitoredType: '脱贫不稳定户',
      monitoredSince: '2020-03-15',
      riskRemoved: true,
      riskRemovalMode: '帮扶消除',
      riskRemovedAt: '2020-09-30',
      ...overrides,
    }),
  });
}

/** Cases of national/removed-too-early. */
export const removedTooEarlyCases: RuleCases = {
  valid: [
    {
      name: 'a risk removed on 2020-09-15, exactly six months after identification',
      data: removed({ riskRemovedAt: '2020-09-15' }),
    },
    {
      name: 'a risk not yet removed, whatever the dates',
      data: removed({ riskRemoved: false, riskRemovedAt: '2020-04-01' }),
    },
    {
      name: 'a household that is not monitored is not judged on its removal',
      data: removed({ monitoredType: null, riskRemovedAt: '2020-04-01' }),
    },
    {
      name: 'a risk marked removed with a blank 消除监测时间 is unknown',
      data: removed({ riskRemovedAt: undefined }),
      unknown: ['households.riskRemovedAt'],
    },
    {
      name: 'a removal dated before the identification is unknown, not a negative duration',
      data: removed({ riskRemovedAt: '2020-01-15' }),
      unknown: ['households.monitoredSince', 'households.riskRemovedAt'],
    },
    {
      name: 'a monitored household removed after five months with a blank 风险是否已消除 is unknown',
      data: removed({ riskRemoved: undefined, riskRemovedAt: '2020-09-14' }),
      unknown: ['households.riskRemoved'],
    },
  ],
  invalid: [
    {
      name: 'a risk removed on 2020-09-14, five whole months after identification',
      data: removed({ riskRemovedAt: '2020-09-14' }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            monitoredSince: '2020-03-15',
            riskRemovedAt: '2020-09-14',
            monthsMonitoredBeforeRemoval: 5,
            minRiskMonitoringMonths: 6,
          },
        },
      ],
    },
    {
      name: 'a risk removed the day the household was identified',
      data: removed({ riskRemovedAt: '2020-03-15' }),
      findings: [
        {
          householdId: 'H001',
          data: {
            riskRemovedAt: '2020-03-15',
            monthsMonitoredBeforeRemoval: 0,
          },
        },
      ],
    },
  ],
};
