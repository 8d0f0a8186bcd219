import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The clean family's head in a public-welfare job, with changed fields. */
function holder(overrides: Partial<Member> = {}): Member {
  return member({ publicWelfareJob: true, migrantMonths: 0, ...overrides });
}

/** The clean family whose head holds a public-welfare job. */
function withHolder(overrides: Partial<Member> = {}) {
  return dataset({ members: [holder(overrides), ...family().slice(1)] });
}

/** Cases of national/welfare-job-ineligible/welfare-job, on 2020-09-30. */
export const welfareJobIneligibleCases: RuleCases = {
  valid: [
    {
      name: 'a job holder of 69, the day before the 70th birthday',
      data: withHolder({ birthDate: '1950-10-01' }),
    },
    {
      name: 'a job holder on the 16th birthday',
      data: withHolder({ birthDate: '2004-09-30' }),
    },
    {
      name: 'a job holder of 45 with weak or half labour, which is labour',
      data: withHolder({ labour: '弱劳动力或半劳动力' }),
    },
    {
      name: 'a job holder who can work, with birth date and ID number blank, is unknown',
      data: withHolder({ birthDate: undefined, idNumber: undefined }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a job holder on the 70th birthday',
      data: withHolder({ birthDate: '1950-09-30' }),
      findings: [
        {
          householdId: 'H001',
          memberId: holder({ birthDate: '1950-09-30' }).idNumber,
          data: { age: 70, labour: '普通劳动力' },
        },
      ],
    },
    {
      name: 'a job holder one day short of 16',
      data: withHolder({ birthDate: '2004-10-01' }),
      findings: [
        {
          householdId: 'H001',
          memberId: holder({ birthDate: '2004-10-01' }).idNumber,
          data: { age: 15, labour: '普通劳动力' },
        },
      ],
    },
    {
      name: 'a job holder of 45 who has lost the capacity to work',
      data: withHolder({ labour: '丧失劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: holder().idNumber,
          data: { age: 45, labour: '丧失劳动力' },
        },
      ],
    },
    {
      name: 'a job holder without labour is reported even when the age cannot be told',
      data: withHolder({
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
