import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withHousehold = (overrides: Parameters<typeof household>[0]) =>
  dataset({ household: household(overrides) });

/** Cases of national/income-below-line, against the 2020 line of 4000 yuan. */
export const incomeBelowLineCases: RuleCases = {
  valid: [
    {
      name: 'an exited household at exactly 4000 yuan meets the line',
      data: withHousehold({ perCapitaNetIncome: 4000 }),
    },
    {
      name: 'an ordinary household at 3000 yuan that is not monitored is not judged on income',
      data: withHousehold({
        householdType: '一般农户',
        exitYear: undefined,
        perCapitaNetIncome: 3000,
      }),
    },
    {
      name: 'an exited household with a blank per-capita income is unknown, not a finding',
      data: withHousehold({ perCapitaNetIncome: undefined }),
      unknown: ['households.perCapitaNetIncome'],
    },
  ],
  invalid: [
    {
      name: 'an exited household at 3500 yuan is below the line',
      data: withHousehold({
        perCapitaNetIncome: 3500,
        netIncome: 14000,
        wageIncome: 8000,
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
          data: {
            perCapitaNetIncome: 3500,
            povertyLine: 4000,
            'povertyLine.year': 2020,
          },
        },
      ],
    },
    {
      name: 'an exited household at 3999.5 yuan, half a yuan under the line',
      data: withHousehold({ perCapitaNetIncome: 3999.5 }),
      findings: [{ householdId: 'H001', data: { perCapitaNetIncome: 3999.5 } }],
    },
    {
      name: 'an ordinary household under monitoring at 3000 yuan is judged and below the line',
      data: withHousehold({
        householdType: '一般农户',
        exitYear: undefined,
        monitoredType: '边缘易致贫户',
        monitoredSince: '2020-03-10',
        perCapitaNetIncome: 3000,
      }),
      findings: [
        {
          householdId: 'H001',
          data: { perCapitaNetIncome: 3000, povertyLine: 4000 },
        },
      ],
    },
  ],
};
