import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

type Higher = '高职高专' | '本科及以上';

/** Head, spouse and a student of the school status given. */
const withStudent = (schoolStatus: Higher, overrides: Partial<Member>) =>
  dataset({
    members: [...family().slice(0, 2), child({ schoolStatus, ...overrides })],
  });

/** The student's finding, born on the date given. */
const finding = (schoolStatus: Higher, birthDate: string, age: number) => ({
  householdId: 'H001',
  memberId: child({ birthDate }).idNumber,
  message: `${age} 周岁，在校生状况登记为${schoolStatus}，低于该学段的通常年龄`,
  data: { age, schoolStatus },
});

/**
 * Cases of national/age-school/higher: usual ages from 17, with no upper
 * end, on 2020-09-30.
 */
export const higherAgeCases: RuleCases = {
  valid: [
    {
      name: 'a college student on the 17th birthday',
      data: withStudent('高职高专', { birthDate: '2003-09-30' }),
    },
    {
      name: 'a university student of 30: higher education has no upper age',
      data: withStudent('本科及以上', { birthDate: '1990-01-01' }),
    },
    {
      name: 'a student with birth date and ID number blank is unknown',
      data: withStudent('高职高专', {
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a college student one day short of 17',
      data: withStudent('高职高专', { birthDate: '2003-10-01' }),
      findings: [finding('高职高专', '2003-10-01', 16)],
    },
    {
      name: 'a university student of 15',
      data: withStudent('本科及以上', { birthDate: '2005-01-01' }),
      findings: [finding('本科及以上', '2005-01-01', 15)],
    },
  ],
};
