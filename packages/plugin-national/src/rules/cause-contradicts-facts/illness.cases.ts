import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

/** The clean family with its spouse changed, under the causes given. */
const withSpouse = (
  overrides: Partial<Member>,
  povertyCauses: Household['povertyCauses'] = ['因病', '缺资金'],
) =>
  dataset({
    household: household({ povertyCauses }),
    members: family().map((person, i) =>
      i === 1 ? { ...person, ...overrides } : person,
    ),
  });

/** Cases of national/cause-contradicts-facts/illness. */
export const illnessCauseCases: RuleCases = {
  valid: [
    {
      name: '因病 with the spouse’s long-term chronic illness',
      data: withSpouse({ health: ['长期慢性病'] }),
    },
    {
      name: '因病 with the spouse’s serious illness beside a disability',
      data: withSpouse({ health: ['残疾', '患有大病'] }),
    },
    {
      name: 'no finding without 因病 among the causes',
      data: withSpouse({}, ['缺技术']),
    },
    {
      name: '因病 with everyone else healthy and the spouse’s health blank is unknown',
      data: withSpouse({ health: undefined }),
      unknown: ['members.health'],
    },
  ],
  invalid: [
    {
      name: '因病 in a household where everybody is healthy',
      data: withSpouse({}),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '致贫原因「因病、缺资金」中有因病，但户内无长期慢性病或患有大病的成员',
          data: { povertyCauses: ['因病', '缺资金'] },
        },
      ],
    },
    {
      name: '因病 alone and a disabled spouse: a disability is no illness',
      data: withSpouse({ health: ['残疾'] }, ['因病']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因病'] },
        },
      ],
    },
  ],
};
