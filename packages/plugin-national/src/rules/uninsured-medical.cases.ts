import type { Member, RuleCases } from '@duibiao/core';
import {
  child,
  dataset,
  family,
  makeIdNumber,
  member,
} from '@duibiao/plugin-sdk';

/** The family with its head (45 on 2020-09-30) changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** The family and a baby boy born on the day given, in no insurance. */
const withBaby = (birthDate: string) =>
  dataset({
    members: [
      ...family(),
      child({
        birthDate,
        sex: '男',
        schoolStatus: '学龄前儿童',
        residentMedical: false,
        employeeMedical: false,
        seriousIllnessInsurance: false,
      }),
    ],
  });

/** Cases of national/uninsured-medical, on the reference date 2020-09-30. */
export const uninsuredMedicalCases: RuleCases = {
  valid: [
    {
      name: 'a head in employee medical insurance only is insured',
      data: withHead({ residentMedical: false, employeeMedical: true }),
    },
    {
      name: 'a baby one day short of 1 year is exempt as a newborn',
      data: withBaby('2019-10-01'),
    },
    {
      name: 'a head not in employee insurance with resident insurance blank is unknown',
      data: withHead({ residentMedical: undefined }),
      unknown: ['members.residentMedical'],
    },
  ],
  invalid: [
    {
      name: 'a head of 45 in neither medical insurance',
      data: withHead({ residentMedical: false }),
      findings: [
        {
          householdId: 'H001',
          memberId: member().idNumber,
          message:
            '45 周岁，未参加城乡居民基本医疗保险，也未参加城镇职工基本医疗保险',
          data: { age: 45 },
        },
      ],
    },
    {
      name: 'a child of exactly 1 year in neither insurance is no longer exempt',
      data: withBaby('2019-09-30'),
      findings: [
        {
          householdId: 'H001',
          memberId: makeIdNumber('2019-09-30', '男', 13),
          data: { age: 1 },
        },
      ],
    },
  ],
};
