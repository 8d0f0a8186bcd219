import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

/** Head, spouse and a pupil of 初中 born on the date given. */
const withPupil = (overrides: Partial<Member>) =>
  dataset({
    members: [
      ...family().slice(0, 2),
      child({ schoolStatus: '初中', ...overrides }),
    ],
  });

/** The pupil's finding, born on the date given. */
const finding = (birthDate: string, age: number) => ({
  householdId: 'H001',
  memberId: child({ birthDate }).idNumber,
  message: `${age} 周岁，在校生状况登记为初中，不在该学段的通常年龄内`,
  data: { age, schoolStatus: '初中' },
});

/** Cases of national/age-school/junior: usual ages 12 to 17, on 2020-09-30. */
export const juniorAgeCases: RuleCases = {
  valid: [
    {
      name: 'a pupil on the 12th birthday',
      data: withPupil({ birthDate: '2008-09-30' }),
    },
    {
      name: 'a pupil one day short of 18',
      data: withPupil({ birthDate: '2002-10-01' }),
    },
    {
      name: 'a child of 11 who is not a student is not judged',
      data: withPupil({ birthDate: '2009-09-30', schoolStatus: null }),
    },
    {
      name: 'a pupil with birth date and ID number blank is unknown',
      data: withPupil({ birthDate: undefined, idNumber: undefined }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a pupil one day short of 12',
      data: withPupil({ birthDate: '2008-10-01' }),
      findings: [finding('2008-10-01', 11)],
    },
    {
      name: 'a pupil on the 18th birthday',
      data: withPupil({ birthDate: '2002-09-30' }),
      findings: [finding('2002-09-30', 18)],
    },
  ],
};
