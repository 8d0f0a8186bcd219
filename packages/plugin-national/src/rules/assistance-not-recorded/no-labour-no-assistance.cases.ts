import type { Member, RuleCases } from '@duibiao/core';
import { dataset, member } from '@duibiao/plugin-sdk';

/** An old couple of H001, both unable to work; the first is the head. */
const couple = (head: Partial<Member>, wife: Partial<Member>): Member[] => [
  member({
    birthDate: '1940-04-02',
    labour: '丧失劳动力',
    migrantMonths: 0,
    educationLevel: '小学',
    ...head,
  }),
  member({
    birthDate: '1943-11-20',
    sex: '女',
    relation: '配偶',
    name: '王五',
    labour: '无劳动力',
    migrantMonths: 0,
    educationLevel: '文盲或半文盲',
    ...wife,
  }),
];

/** Cases of national/assistance-not-recorded/no-labour-no-assistance. */
export const noLabourNoAssistanceCases: RuleCases = {
  valid: [
    {
      name: 'a couple where the wife has weak or half labour (弱劳动力或半劳动力)',
      data: dataset({
        members: couple({}, { labour: '弱劳动力或半劳动力' }),
      }),
    },
    {
      name: 'a couple without labour where the wife is on 低保',
      data: dataset({ members: couple({}, { minimumLiving: true }) }),
    },
    {
      name: 'a couple without 低保 whose head has a blank labour cell is unknown',
      data: dataset({ members: couple({ labour: undefined }, {}) }),
      unknown: ['members.labour'],
    },
    {
      name: 'a household with no member rows is unknown: nothing shows that nobody can work',
      data: dataset({ members: [] }),
      unknown: ['members.labour'],
    },
  ],
  invalid: [
    {
      name: 'a couple without labour and without 低保 or 特困',
      data: dataset({ members: couple({}, {}) }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '全户 2 人均为丧失劳动力或无劳动力，无人享受低保或特困供养',
          data: { memberCount: 2 },
        },
      ],
    },
    {
      name: 'a man living alone who has lost his labour, without 低保 or 特困',
      data: dataset({ members: couple({}, {}).slice(0, 1) }),
      findings: [{ householdId: 'H001', data: { memberCount: 1 } }],
    },
  ],
};
