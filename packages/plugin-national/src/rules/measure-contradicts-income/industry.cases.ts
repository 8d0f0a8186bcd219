import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household (measures 产业帮扶, 就业帮扶, 技能培训) changed. */
const withHousehold = (overrides: Partial<Household>) =>
  dataset({ household: household(overrides) });

/** Cases of national/measure-contradicts-income/industry. */
export const industryWithoutBusinessCases: RuleCases = {
  valid: [
    {
      name: '产业帮扶 with 1 yuan of business income',
      data: withHousehold({ businessIncome: 1 }),
    },
    {
      name: '产业帮扶 with a business loss of 500 yuan: income recorded, not none',
      data: withHousehold({ businessIncome: -500 }),
    },
    {
      name: 'no business income and no 产业帮扶',
      data: withHousehold({ measures: ['技能培训'], businessIncome: 0 }),
    },
    {
      name: 'a blank business income beside 产业帮扶 is unknown',
      data: withHousehold({ businessIncome: undefined }),
      unknown: ['households.businessIncome'],
    },
  ],
  invalid: [
    {
      name: '产业帮扶 among three measures and no business income',
      data: withHousehold({ businessIncome: 0 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '帮扶措施为产业帮扶、就业帮扶、技能培训，含产业帮扶，但生产经营性收入为 0 元',
          data: {
            measures: ['产业帮扶', '就业帮扶', '技能培训'],
            businessIncome: 0,
          },
        },
      ],
    },
    {
      name: '产业帮扶 alone and no business income',
      data: withHousehold({ measures: ['产业帮扶'], businessIncome: 0 }),
      findings: [
        {
          householdId: 'H001',
          data: { measures: ['产业帮扶'], businessIncome: 0 },
        },
      ],
    },
  ],
};
