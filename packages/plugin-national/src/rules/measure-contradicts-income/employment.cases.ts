import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household (measures 产业帮扶, 就业帮扶, 技能培训) changed. */
const withHousehold = (overrides: Partial<Household>) =>
  dataset({ household: household(overrides) });

/** Cases of national/measure-contradicts-income/employment. */
export const employmentWithoutWageCases: RuleCases = {
  valid: [
    {
      name: 'a public-welfare job with 1 yuan of wage income',
      data: withHousehold({
        measures: ['公益岗位', '技能培训'],
        wageIncome: 1,
      }),
    },
    {
      name: 'no wage income and no employment measure',
      data: withHousehold({
        measures: ['产业帮扶', '技能培训'],
        wageIncome: 0,
      }),
    },
    {
      name: 'a blank wage income without an employment measure is judged',
      data: withHousehold({
        measures: ['产业帮扶', '技能培训'],
        wageIncome: undefined,
      }),
    },
    {
      name: 'a blank wage income beside 就业帮扶 is unknown',
      data: withHousehold({ wageIncome: undefined }),
      unknown: ['households.wageIncome'],
    },
  ],
  invalid: [
    {
      name: 'a public-welfare job and no wage income',
      data: withHousehold({
        measures: ['公益岗位', '技能培训'],
        wageIncome: 0,
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '帮扶措施为公益岗位、技能培训，含就业帮扶或公益岗位，但工资性收入为 0 元',
          data: { measures: ['公益岗位', '技能培训'], wageIncome: 0 },
        },
      ],
    },
    {
      name: '就业帮扶 and no wage income',
      data: withHousehold({ wageIncome: 0 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            measures: ['产业帮扶', '就业帮扶', '技能培训'],
            wageIncome: 0,
          },
        },
      ],
    },
  ],
};
