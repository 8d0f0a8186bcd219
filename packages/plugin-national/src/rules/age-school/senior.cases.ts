import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

type Senior = '普通高中' | '中职';

/** Head, spouse and a pupil of the school status given. */
const withPupil = (schoolStatus: Senior, overrides: Partial<Member>) =>
  dataset({
    members: [...family().slice(0, 2), child({ schoolStatus, ...overrides })],
  });

/** The pupil's finding, born on the date given. */
const finding = (schoolStatus: Senior, birthDate: string, age: number) => ({
  householdId: 'H001',
  memberId: child({ birthDate }).idNumber,
  message: `${age} 周岁，在校生状况登记为${schoolStatus}，不在该学段的通常年龄内`,
  data: { age, schoolStatus },
});

/**
 * Cases of national/age-school/senior: usual ages 15 to 20 in 普通高中 or
 * 中职, on 2020-09-30.
 */
export const seniorAgeCases: RuleCases = {
  valid: [
    {
      name: 'a senior high pupil on the 15th birthday',
      data: withPupil('普通高中', { birthDate: '2005-09-30' }),
    },
    {
      name: 'a vocational pupil one day short of 21',
      data: withPupil('中职', { birthDate: '1999-10-01' }),
    },
    {
      name: 'a pupil with birth date and ID number blank is unknown',
      data: withPupil('普通高中', {
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a senior high pupil one day short of 15',
      data: withPupil('普通高中', { birthDate: '2005-10-01' }),
      findings: [finding('普通高中', '2005-10-01', 14)],
    },
    {
      name: 'a vocational pupil on the 21st birthday',
      data: withPupil('中职', { birthDate: '1999-09-30' }),
      findings: [finding('中职', '1999-09-30', 21)],
    },
  ],
};
