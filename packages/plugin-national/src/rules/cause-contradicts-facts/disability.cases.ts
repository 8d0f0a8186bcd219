import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household, makeIdNumber } from '@duibiao/plugin-sdk';

/** The spouse's ID number, which her disability card begins with. */
const SPOUSE_ID = makeIdNumber('1977-08-02', '女', 12);

/** The clean family with its spouse changed, under the causes given. */
const withSpouse = (
  overrides: Partial<Member>,
  povertyCauses: Household['povertyCauses'] = ['因残', '缺资金'],
) =>
  dataset({
    household: household({ povertyCauses }),
    members: family().map((person, i) =>
      i === 1 ? { ...person, ...overrides } : person,
    ),
  });

/** Cases of national/cause-contradicts-facts/disability. */
export const disabilityCauseCases: RuleCases = {
  valid: [
    {
      name: '因残 with the spouse’s health recorded as 残疾',
      data: withSpouse({ health: ['残疾'] }),
    },
    {
      name: '因残 with the spouse holding a disability card, health 健康',
      data: withSpouse({ disabilityCard: `${SPOUSE_ID}12` }),
    },
    {
      name: 'no finding without 因残 among the causes',
      data: withSpouse({}, ['缺技术']),
    },
    {
      name: '因残 with nobody else disabled and the spouse’s health blank is unknown',
      data: withSpouse({ health: undefined }),
      unknown: ['members.health'],
    },
    {
      name: '因残 with nobody else disabled and the spouse’s card cell blank is unknown',
      data: withSpouse({ disabilityCard: undefined }),
      unknown: ['members.disabilityCard'],
    },
  ],
  invalid: [
    {
      name: '因残 in a household where nobody is disabled or holds a card',
      data: withSpouse({}),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '致贫原因「因残、缺资金」中有因残，但户内无残疾成员（健康状况均无残疾，且无残疾人证）',
          data: { povertyCauses: ['因残', '缺资金'] },
        },
      ],
    },
    {
      name: '因残 alone and a chronically ill spouse: illness is no disability',
      data: withSpouse({ health: ['长期慢性病'] }, ['因残']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因残'] },
        },
      ],
    },
  ],
};
