import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/*
 * The clean household's items: wage 20000 + business 6000 + property 0 +
 * transfer 2000 − business expense 2000 = 26000 yuan; the tolerance is
 * 1 yuan.
 */

/** The clean household changed. */
const withHousehold = (overrides: Partial<Household>) =>
  dataset({ household: household(overrides) });

/** Cases of national/income-arithmetic/net-income. */
export const netIncomeArithmeticCases: RuleCases = {
  valid: [
    {
      name: 'a net income exactly the 1-yuan tolerance above its items',
      data: withHousehold({ netIncome: 26001 }),
    },
    {
      name: 'a net income exactly the 1-yuan tolerance below its items',
      data: withHousehold({ netIncome: 25999 }),
    },
    {
      name: 'a blank business expense is unknown',
      data: withHousehold({ businessExpense: undefined }),
      unknown: ['households.businessExpense'],
    },
    {
      name: 'a blank net income is unknown',
      data: withHousehold({ netIncome: undefined }),
      unknown: ['households.netIncome'],
    },
  ],
  invalid: [
    {
      name: 'a net income 1.01 yuan above its items, just past the tolerance',
      data: withHousehold({ netIncome: 26001.01 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            netIncome: 26001.01,
            itemisedNetIncome: 26000,
            netIncomeGap: 1.01,
            incomeTolerance: 1,
          },
        },
      ],
    },
    {
      name: 'a net income 2 yuan above its items',
      data: withHousehold({ netIncome: 26002 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '家庭纯收入登记为 26002 元，按各项收入减生产经营性支出计算为 26000 元，相差 2 元，超过 1 元',
        },
      ],
    },
    {
      name: 'a business expense of 0 makes the items 28000 against 26000 declared',
      data: withHousehold({ businessExpense: 0 }),
      findings: [
        {
          householdId: 'H001',
          data: {
            netIncome: 26000,
            itemisedNetIncome: 28000,
            netIncomeGap: 2000,
          },
        },
      ],
    },
  ],
};
