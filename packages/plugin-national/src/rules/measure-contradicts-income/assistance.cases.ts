import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household changed. */
const withHousehold = (overrides: Partial<Household>) =>
  dataset({ household: household(overrides) });

/** Cases of national/measure-contradicts-income/assistance. */
export const assistanceWithoutTransferCases: RuleCases = {
  valid: [
    {
      name: '综合保障 with 1 yuan of transfer income',
      data: withHousehold({
        measures: ['综合保障', '健康帮扶'],
        transferIncome: 1,
      }),
    },
    {
      name: 'no transfer income and no 综合保障',
      data: withHousehold({ transferIncome: 0 }),
    },
    {
      name: 'a blank transfer income beside 综合保障 is unknown',
      data: withHousehold({
        measures: ['综合保障', '健康帮扶'],
        transferIncome: undefined,
      }),
      unknown: ['households.transferIncome'],
    },
  ],
  invalid: [
    {
      name: '综合保障 and no transfer income',
      data: withHousehold({
        measures: ['综合保障', '健康帮扶'],
        transferIncome: 0,
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '帮扶措施为综合保障、健康帮扶，含综合保障，但转移性收入为 0 元',
          data: { measures: ['综合保障', '健康帮扶'], transferIncome: 0 },
        },
      ],
    },
    {
      name: '综合保障 as the only measure and no transfer income',
      data: withHousehold({ measures: ['综合保障'], transferIncome: 0 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { measures: ['综合保障'], transferIncome: 0 },
        },
      ],
    },
  ],
};
