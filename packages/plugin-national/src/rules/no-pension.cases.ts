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

/**
 * The family with its son of 17 replaced by a young man born on the day
 * given who has left school and has no pension insurance.
 */
const withYouth = (birthDate: string) =>
  dataset({
    members: [
      ...family().slice(0, 3),
      child({
        birthDate,
        sex: '男',
        relation: '之子',
        schoolStatus: null,
        educationLevel: '初中',
        labour: '普通劳动力',
        residentPension: false,
      }),
    ],
  });

/** The family's son of 17, in 普通高中 and in no pension insurance. */
const son = family()[3] as Member;

/** Cases of national/no-pension, on the reference date 2020-09-30. */
export const noPensionCases: RuleCases = {
  valid: [
    {
      name: 'a head in employee pension insurance only is insured',
      data: withHead({ residentPension: false, employeePension: true }),
    },
    {
      name: 'a student of 17 without pension insurance is not judged',
      data: dataset(),
    },
    {
      name: 'a young man out of school one day short of 16',
      data: withYouth('2004-10-01'),
    },
    {
      name: 'a head not in employee pension with resident pension blank is unknown',
      data: withHead({ residentPension: undefined }),
      unknown: ['members.residentPension'],
    },
  ],
  invalid: [
    {
      name: 'a head of 45 in neither pension insurance',
      data: withHead({ residentPension: false }),
      findings: [
        {
          householdId: 'H001',
          memberId: member().idNumber,
          message:
            '45 周岁，非在校生，未参加城乡居民基本养老保险，也未参加城镇职工基本养老保险',
          data: { age: 45 },
        },
      ],
    },
    {
      name: 'a young man out of school on his 16th birthday',
      data: withYouth('2004-09-30'),
      findings: [
        {
          householdId: 'H001',
          memberId: makeIdNumber('2004-09-30', '男', 13),
          data: { age: 16 },
        },
      ],
    },
    {
      name: 'the son of 17 once he has dropped out (失学辍学) is no longer a student',
      data: dataset({
        members: [
          ...family().slice(0, 3),
          { ...son, schoolStatus: '失学辍学' },
        ],
      }),
      findings: [
        { householdId: 'H001', memberId: son.idNumber, data: { age: 17 } },
      ],
    },
  ],
};
