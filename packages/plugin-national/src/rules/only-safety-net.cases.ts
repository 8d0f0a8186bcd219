import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

/** The clean family with each member's labour, in family order. */
function familyWith(...labour: Member['labour'][]): Member[] {
  return family().map((member, i) => ({ ...member, labour: labour[i] }));
}

/** Cases of national/only-safety-net. */
export const onlySafetyNetCases: RuleCases = {
  valid: [
    {
      name: 'a household with labour whose 综合保障 goes with a public-welfare job',
      data: dataset({
        household: household({ measures: ['综合保障', '公益岗位'] }),
      }),
    },
    {
      name: 'a household with labour whose one measure is not 综合保障',
      data: dataset({ household: household({ measures: ['公益岗位'] }) }),
    },
    {
      name: 'a household with only 综合保障 and no ordinary or skilled labourer',
      data: dataset({
        household: household({ measures: ['综合保障'] }),
        members: familyWith(
          '弱劳动力或半劳动力',
          '丧失劳动力',
          '无劳动力',
          '无劳动力',
        ),
      }),
    },
    {
      name: 'a household with only 综合保障 whose one possible labourer has a blank 劳动技能 is unknown',
      data: dataset({
        household: household({ measures: ['综合保障'] }),
        members: familyWith(undefined, '无劳动力', '无劳动力', '无劳动力'),
      }),
      unknown: ['members.labour'],
    },
  ],
  invalid: [
    {
      name: 'a household of two ordinary labourers whose only measure is 综合保障',
      data: dataset({ household: household({ measures: ['综合保障'] }) }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { measures: ['综合保障'] },
        },
      ],
    },
    {
      name: 'one skilled labourer among members who cannot work is enough',
      data: dataset({
        household: household({ measures: ['综合保障'] }),
        members: familyWith('技能劳动力', '丧失劳动力', '无劳动力', '无劳动力'),
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { measures: ['综合保障'] },
        },
      ],
    },
  ],
};
