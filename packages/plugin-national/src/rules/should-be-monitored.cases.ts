import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withHousehold = (overrides: Parameters<typeof household>[0]) =>
  dataset({ household: household(overrides) });

/** Cases of national/should-be-monitored: the 2020 line is 6000 yuan. */
export const shouldBeMonitoredCases: RuleCases = {
  valid: [
    {
      name: 'an unmonitored exited household at exactly 6000 yuan meets the monitoring line',
      data: withHousehold({ perCapitaNetIncome: 6000 }),
    },
    {
      name: 'a registered poor household at 3000 yuan is under full assistance, not a monitoring target',
      data: withHousehold({
        householdType: '贫困户',
        exitYear: undefined,
        perCapitaNetIncome: 3000,
      }),
    },
    {
      name: 'an exited household at 5000 yuan already monitored as 脱贫不稳定户',
      data: withHousehold({
        monitoredType: '脱贫不稳定户',
        monitoredSince: '2020-05-10',
        perCapitaNetIncome: 5000,
      }),
    },
    {
      name: 'a household at 5000 yuan with a blank household type is unknown, not a finding',
      data: withHousehold({
        householdType: undefined,
        perCapitaNetIncome: 5000,
      }),
      unknown: ['households.householdType'],
    },
    {
      name: 'an unmonitored exited household with a blank per-capita income is unknown',
      data: withHousehold({ perCapitaNetIncome: undefined }),
      unknown: ['households.perCapitaNetIncome'],
    },
  ],
  invalid: [
    {
      name: 'an unmonitored exited household at 5999.5 yuan, half a yuan under the line',
      data: withHousehold({ perCapitaNetIncome: 5999.5 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '已脱贫户人均纯收入 5999.5 元，低于 2020 年监测标准 6000 元，未纳入防返贫监测',
          data: {
            householdType: '已脱贫户',
            perCapitaNetIncome: 5999.5,
            monitoringLine: 6000,
          },
        },
      ],
    },
    {
      name: 'an unmonitored ordinary household at 4500 yuan',
      data: withHousehold({
        householdType: '一般农户',
        exitYear: undefined,
        perCapitaNetIncome: 4500,
      }),
      findings: [
        {
          householdId: 'H001',
          data: { householdType: '一般农户', perCapitaNetIncome: 4500 },
        },
      ],
    },
  ],
};
