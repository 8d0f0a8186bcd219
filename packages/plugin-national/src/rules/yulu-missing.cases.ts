import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

/** The family's son of 17 (in 普通高中 by default). */
const son = family()[3] as Member;

/** The family with the son changed, in a household with the measures given. */
const withSon = (
  overrides: Partial<Member>,
  measures?: Household['measures'],
) =>
  dataset({
    household: household(measures === undefined ? {} : { measures }),
    members: [...family().slice(0, 3), { ...son, ...overrides }],
  });

/** Cases of national/yulu-missing. */
export const yuluMissingCases: RuleCases = {
  valid: [
    {
      name: 'a son in 普通高中 is not in vocational school',
      data: withSon({}),
    },
    {
      name: 'a 中职 student who receives the Yulu plan himself',
      data: withSon({ schoolStatus: '中职', yulu: true }),
    },
    {
      name: 'a 中职 student whose household has 雨露计划 among its measures',
      data: withSon({ schoolStatus: '中职' }, ['产业帮扶', '雨露计划']),
    },
    {
      name: 'a 中职 student with the Yulu flag blank is unknown',
      data: withSon({ schoolStatus: '中职', yulu: undefined }),
      unknown: ['members.yulu'],
    },
  ],
  invalid: [
    {
      name: 'a 中职 student without the Yulu plan, himself or among the measures',
      data: withSon({ schoolStatus: '中职' }),
      findings: [
        {
          householdId: 'H001',
          memberId: son.idNumber,
          message:
            '在校生状况为「中职」，本人未享受雨露计划，户帮扶措施（产业帮扶、就业帮扶、技能培训）中也无雨露计划',
          data: {
            schoolStatus: '中职',
            'household.measures': ['产业帮扶', '就业帮扶', '技能培训'],
          },
        },
      ],
    },
    {
      name: 'a 高职高专 student in a household with no measure at all',
      data: withSon({ schoolStatus: '高职高专' }, []),
      findings: [
        {
          householdId: 'H001',
          memberId: son.idNumber,
          data: { schoolStatus: '高职高专', 'household.measures': [] },
        },
      ],
    },
  ],
};
