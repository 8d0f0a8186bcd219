import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

/** Head, spouse and a pupil of 小学 born on the date given. */
const withPupil = (overrides: Partial<Member>) =>
  dataset({
    members: [
      ...family().slice(0, 2),
      child({ schoolStatus: '小学', ...overrides }),
    ],
  });

/** The pupil's finding, born on the date given. */
const finding = (birthDate: string, age: number) => ({
  householdId: 'H001',
  memberId: child({ birthDate }).idNumber,
  message: `${age} 周岁，在校生状况登记为小学，不在该学段的通常年龄内`,
  data: { age, schoolStatus: '小学' },
});

/**
 * Cases of national/age-school/primary: usual ages 6 to 14, on 2020-09-30
 * unless given. Born 29 February 2004, a pupil turns 15 on 1 March 2019.
 */
export const primaryAgeCases: RuleCases = {
  valid: [
    {
      name: 'a pupil on the 6th birthday',
      data: withPupil({ birthDate: '2014-09-30' }),
    },
    {
      name: 'a pupil one day short of 15',
      data: withPupil({ birthDate: '2005-10-01' }),
    },
    {
      name: 'a pupil born 29 February 2004 is still 14 on 28 February 2019',
      data: withPupil({ birthDate: '2004-02-29' }),
      asOf: '2019-02-28',
    },
    {
      name: 'a child of 5 who is not a student is not judged',
      data: withPupil({ birthDate: '2015-09-30', schoolStatus: null }),
    },
    {
      name: 'a pupil with birth date and ID number blank is unknown',
      data: withPupil({ birthDate: undefined, idNumber: undefined }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a pupil one day short of 6',
      data: withPupil({ birthDate: '2014-10-01' }),
      findings: [finding('2014-10-01', 5)],
    },
    {
      name: 'a pupil on the 15th birthday',
      data: withPupil({ birthDate: '2005-09-30' }),
      findings: [finding('2005-09-30', 15)],
    },
    {
      name: 'a pupil born 29 February 2004 is 15 on 1 March 2019',
      data: withPupil({ birthDate: '2004-02-29' }),
      asOf: '2019-03-01',
      findings: [finding('2004-02-29', 15)],
    },
  ],
};
