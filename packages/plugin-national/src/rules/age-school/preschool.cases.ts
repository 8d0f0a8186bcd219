import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

type Preschool = '学龄前儿童' | '学前教育';

/** Head, spouse and a child of the school status given. */
const withChild = (schoolStatus: Preschool, overrides: Partial<Member>) =>
  dataset({
    members: [...family().slice(0, 2), child({ schoolStatus, ...overrides })],
  });

/** The child's finding, born on the date given. */
const finding = (schoolStatus: Preschool, birthDate: string, age: number) => ({
  householdId: 'H001',
  memberId: child({ birthDate }).idNumber,
  message: `${age} 周岁，已过学龄前年龄，在校生状况仍登记为${schoolStatus}`,
  data: { age, schoolStatus },
});

/** Cases of national/age-school/preschool: ages to 6, on 2020-09-30. */
export const preschoolAgeCases: RuleCases = {
  valid: [
    {
      name: 'a preschool child one day short of 7',
      data: withChild('学龄前儿童', { birthDate: '2013-10-01' }),
    },
    {
      name: 'a child of 4 in preschool education',
      data: withChild('学前教育', { birthDate: '2016-05-20' }),
    },
    {
      name: 'a preschool child with birth date and ID number blank is unknown',
      data: withChild('学龄前儿童', {
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a preschool child on the 7th birthday',
      data: withChild('学龄前儿童', { birthDate: '2013-09-30' }),
      findings: [finding('学龄前儿童', '2013-09-30', 7)],
    },
    {
      name: 'a child of 10 still in preschool education',
      data: withChild('学前教育', {}),
      findings: [finding('学前教育', '2010-05-20', 10)],
    },
  ],
};
