import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/**
 * The clean household monitored as 边缘易致贫户, its risk removed by
 * assistance on 2020-06-30, changed as given.
 */
function removed(overrides: Partial<Household>) {
  return dataset({
    household: household({
      monitoredType: '边缘易致贫户',
      monitoredSince: '2019-10',
      riskRemoved: true,
      riskRemovalMode: '帮扶消除',
      riskRemovedAt: '2020-06-30',
      ...overrides,
    }),
  });
}

/** Cases of national/removed-still-poor (monitoring line 6000 in 2020). */
export const removedStillPoorCases: RuleCases = {
  valid: [
    {
      name: 'a risk removed by assistance at exactly the monitoring line',
      data: removed({ perCapitaNetIncome: 6000 }),
    },
    {
      name: 'a risk that went away by itself (自然消除) at 5800 yuan',
      data: removed({ riskRemovalMode: '自然消除', perCapitaNetIncome: 5800 }),
    },
    {
      name: 'a household that is not monitored, at 5800 yuan and with 风险是否已消除 blank',
      data: dataset({ household: household({ perCapitaNetIncome: 5800 }) }),
    },
    {
      name: 'a risk removed by assistance with a blank 人均纯收入 is unknown',
      data: removed({ perCapitaNetIncome: undefined }),
      unknown: ['households.perCapitaNetIncome'],
    },
    {
      name: 'a removed risk at 5800 yuan with a blank 风险消除方式 is unknown',
      data: removed({ riskRemovalMode: undefined, perCapitaNetIncome: 5800 }),
      unknown: ['households.riskRemovalMode'],
    },
  ],
  invalid: [
    {
      name: 'a risk removed by assistance at 5800 yuan a person',
      data: removed({ perCapitaNetIncome: 5800 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            perCapitaNetIncome: 5800,
            monitoringLine: 6000,
            'monitoringLine.year': 2020,
          },
        },
      ],
    },
    {
      name: 'a risk removed by assistance one fen under the line',
      data: removed({ perCapitaNetIncome: 5999.99 }),
      findings: [
        { householdId: 'H001', data: { perCapitaNetIncome: 5999.99 } },
      ],
    },
  ],
};
