import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The clean family with its spouse (a woman, 配偶) changed. */
const withSpouse = (overrides: Partial<Member>) =>
  dataset({
    members: family().map((person, i) =>
      i === 1 ? { ...person, ...overrides } : person,
    ),
  });

/** The household's finding: it names no member. */
const FINDING = {
  householdId: 'H001',
  memberId: null,
  message: '户主与配偶的性别登记相同',
};

/** A man recorded as a second 配偶. */
const secondSpouse = member({
  name: '赵七',
  relation: '配偶',
  birthDate: '1978-06-02',
});

/** Cases of national/household-head/spouse-same-sex. */
export const spouseSameSexCases: RuleCases = {
  valid: [
    {
      name: 'a male head and a female spouse',
      data: withSpouse({}),
    },
    {
      name: 'a household without a spouse is not judged',
      data: withSpouse({ relation: '之兄弟姐妹', sex: '男' }),
    },
    {
      name: 'with two heads no one head pairs with a male spouse: left to head-count',
      data: dataset({
        members: [
          ...family().map((person, i) =>
            i === 1 ? { ...person, relation: '户主' as const } : person,
          ),
          secondSpouse,
        ],
      }),
    },
    {
      name: 'a spouse’s blank sex is unknown',
      data: withSpouse({ sex: undefined }),
      unknown: ['members.sex'],
    },
    {
      name: 'a blank relation beside a male head and another man is unknown: it may be a spouse',
      data: withSpouse({ relation: undefined, sex: '男' }),
      unknown: ['members.relation'],
    },
  ],
  invalid: [
    {
      name: 'a male head and a spouse recorded as 男',
      data: withSpouse({ sex: '男' }),
      findings: [FINDING],
    },
    {
      name: 'a female head and a female spouse',
      data: dataset({
        members: [member({ sex: '女' }), ...family().slice(1)],
      }),
      findings: [FINDING],
    },
    {
      name: 'one finding for the household when one of two spouses is of the head’s sex',
      data: dataset({
        members: [...family(), secondSpouse],
      }),
      findings: [FINDING],
    },
  ],
};
