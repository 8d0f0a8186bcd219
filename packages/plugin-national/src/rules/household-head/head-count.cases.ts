import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family } from '@duibiao/plugin-sdk';

/** The clean family (head, spouse, daughter, son) with these relations. */
const withRelations = (...relations: Member['relation'][]) =>
  dataset({
    members: family().map((person, i) => ({
      ...person,
      relation: relations[i],
    })),
  });

/** Cases of national/household-head/head-count. */
export const headCountNotOneCases: RuleCases = {
  valid: [
    {
      name: 'a household with exactly one 户主',
      data: withRelations('户主', '配偶', '之女', '之子'),
    },
    {
      name: 'one head known and a blank relation is unknown: it may be a second head',
      data: withRelations('户主', undefined, '之女', '之子'),
      unknown: ['members.relation'],
    },
  ],
  invalid: [
    {
      name: 'a household with two 户主',
      data: withRelations('户主', '户主', '之女', '之子'),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '户内登记户主 2 人，应为 1 人',
          data: { headCount: 2 },
        },
      ],
    },
    {
      name: 'a household with no 户主',
      data: withRelations('其他', '配偶', '之女', '之子'),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '户内登记户主 0 人，应为 1 人',
          data: { headCount: 0 },
        },
      ],
    },
    {
      name: 'two known heads are too many whatever a blank relation is',
      data: withRelations('户主', '户主', undefined, '之子'),
      findings: [{ householdId: 'H001', data: { headCount: 2 } }],
    },
  ],
};
