import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household, member } from '@duibiao/plugin-sdk';

/*
 * The clean household declares 26000 yuan net and 6500 per capita: 26000
 * over the 4 members of the clean family. The tolerance is 1 yuan.
 */

/** The clean household changed, with the members given. */
const withHousehold = (
  overrides: Partial<Household>,
  members: Member[] = family(),
) => dataset({ household: household(overrides), members });

/** Cases of national/income-arithmetic/per-capita. */
export const perCapitaArithmeticCases: RuleCases = {
  valid: [
    {
      name: 'a per-capita income exactly the 1-yuan tolerance above 26000 / 4',
      data: withHousehold({ perCapitaNetIncome: 6501 }),
    },
    {
      name: 'a per-capita income exactly the 1-yuan tolerance below 26000 / 4',
      data: withHousehold({ perCapitaNetIncome: 6499 }),
    },
    {
      name: 'a blank per-capita income is unknown',
      data: withHousehold({ perCapitaNetIncome: undefined }),
      unknown: ['households.perCapitaNetIncome'],
    },
  ],
  invalid: [
    {
      name: '6502 yuan declared against 26000 / 4 = 6500',
      data: withHousehold({ perCapitaNetIncome: 6502 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '人均纯收入登记为 6502 元，按家庭纯收入 26000 元除以 4 人计算为 6500 元，相差 2 元，超过 1 元',
          data: {
            perCapitaNetIncome: 6502,
            netIncome: 26000,
            memberCount: 4,
            perCapitaFromNet: 6500,
            perCapitaGap: 2,
            incomeTolerance: 1,
          },
        },
      ],
    },
    {
      name: 'with three member rows 26000 / 3 = 8666.67, 2166.67 from 6500',
      data: withHousehold({}, family().slice(0, 3)),
      findings: [
        {
          householdId: 'H001',
          data: {
            memberCount: 3,
            perCapitaFromNet: 8666.67,
            perCapitaGap: 2166.67,
          },
        },
      ],
    },
    {
      name: 'a grandmother added to the rows makes 26000 / 5 = 5200, 1300 from 6500',
      data: withHousehold({}, [
        ...family(),
        member({
          name: '王五',
          relation: '之母',
          sex: '女',
          birthDate: '1949-12-31',
          labour: '无劳动力',
        }),
      ]),
      findings: [
        {
          householdId: 'H001',
          data: { memberCount: 5, perCapitaFromNet: 5200, perCapitaGap: 1300 },
        },
      ],
    },
  ],
};
