import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family, member } from '@duibiao/plugin-sdk';

/** Head, spouse and the child given. */
const withChild = (overrides: Partial<Member>) =>
  dataset({ members: [...family().slice(0, 2), child(overrides)] });

/** The clean family and one more member. */
const withExtra = (extra: Member) => dataset({ members: [...family(), extra] });

/** Cases of national/household-head/relation-sex. */
export const relationSexMismatchCases: RuleCases = {
  valid: [
    {
      name: 'a 之女 recorded as 女',
      data: withChild({ sex: '女', relation: '之女' }),
    },
    {
      name: '之兄弟姐妹 implies no sex',
      data: withChild({ sex: '男', relation: '之兄弟姐妹' }),
    },
    {
      name: '配偶 implies no sex: a same-sex couple is the spouse rule’s',
      data: dataset({
        members: family().map((person, i) =>
          i === 1 ? { ...person, sex: '男' as const } : person,
        ),
      }),
    },
    {
      name: 'a blank relation beside 男 is unknown',
      data: withChild({ sex: '男', relation: undefined }),
      unknown: ['members.relation'],
    },
    {
      name: 'a 之女 with a blank sex is unknown',
      data: withChild({ sex: undefined, relation: '之女' }),
      unknown: ['members.sex'],
    },
  ],
  invalid: [
    {
      name: 'a 之女 recorded as 男',
      data: withChild({ sex: '男', relation: '之女' }),
      findings: [
        {
          householdId: 'H001',
          memberId: child({ sex: '男' }).idNumber,
          message: '与户主关系为之女（应为女性），性别登记为男',
          data: { relation: '之女', relationSex: '女', sex: '男' },
        },
      ],
    },
    {
      name: 'a 之子 recorded as 女',
      data: withChild({ sex: '女', relation: '之子' }),
      findings: [
        {
          householdId: 'H001',
          memberId: child({ sex: '女' }).idNumber,
          data: { relation: '之子', relationSex: '男', sex: '女' },
        },
      ],
    },
    {
      name: 'a 之母 recorded as 男',
      data: withExtra(
        member({ relation: '之母', sex: '男', birthDate: '1950-04-08' }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: member({ birthDate: '1950-04-08' }).idNumber,
          message: '与户主关系为之母（应为女性），性别登记为男',
        },
      ],
    },
  ],
};
