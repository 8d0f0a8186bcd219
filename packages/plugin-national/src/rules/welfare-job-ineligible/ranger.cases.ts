import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The head of the clean family as a forest ranger, with changed fields. */
function ranger(overrides: Partial<Member> = {}): Member {
  return member({ forestRanger: true, migrantMonths: 0, ...overrides });
}

/** The clean family whose head is the ranger. */
function withRanger(overrides: Partial<Member> = {}) {
  return dataset({ members: [ranger(overrides), ...family().slice(1)] });
}

/** Cases of national/welfare-job-ineligible/ranger, on 2020-09-30. */
export const rangerIneligibleCases: RuleCases = {
  valid: [
    {
      name: 'a ranger of 69, the day before the 70th birthday',
      data: withRanger({ birthDate: '1950-10-01' }),
    },
    {
      name: 'a ranger on the 16th birthday',
      data: withRanger({ birthDate: '2004-09-30' }),
    },
    {
      name: 'a ranger of 45 with weak or half labour, which is labour',
      data: withRanger({ labour: '弱劳动力或半劳动力' }),
    },
    {
      name: 'a ranger who can work, with birth date and ID number blank, is unknown',
      data: withRanger({ birthDate: undefined, idNumber: undefined }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a ranger on the 70th birthday',
      data: withRanger({ birthDate: '1950-09-30' }),
      findings: [
        {
          householdId: 'H001',
          memberId: ranger({ birthDate: '1950-09-30' }).idNumber,
          data: { age: 70, labour: '普通劳动力' },
        },
      ],
    },
    {
      name: 'a ranger one day short of 16',
      data: withRanger({ birthDate: '2004-10-01' }),
      findings: [
        {
          householdId: 'H001',
          memberId: ranger({ birthDate: '2004-10-01' }).idNumber,
          data: { age: 15, labour: '普通劳动力' },
        },
      ],
    },
    {
      name: 'a ranger of 45 who has lost the capacity to work',
      data: withRanger({ labour: '丧失劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: ranger().idNumber,
          data: { age: 45, labour: '丧失劳动力' },
        },
      ],
    },
    {
      name: 'a ranger without labour is reported even when the age cannot be told',
      data: withRanger({
        birthDate: undefined,
        idNumber: undefined,
        labour: '无劳动力',
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { age: null, labour: '无劳动力' },
        },
      ],
    },
  ],
};
