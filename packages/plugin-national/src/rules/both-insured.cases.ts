import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, makeIdNumber, member } from '@duibiao/plugin-sdk';

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** The head's finding. */
const HEAD_FINDING = {
  householdId: 'H001',
  memberId: member().idNumber,
  message: '同时登记参加城乡居民基本医疗保险和城镇职工基本医疗保险',
};

/** Cases of national/both-insured. */
export const bothInsuredCases: RuleCases = {
  valid: [
    {
      name: 'a head in employee medical insurance alone',
      data: withHead({ residentMedical: false, employeeMedical: true }),
    },
    {
      name: 'a head out of resident insurance with employee insurance blank is judged',
      data: withHead({ residentMedical: false, employeeMedical: undefined }),
    },
    {
      name: 'a head in resident insurance with employee insurance blank is unknown',
      data: withHead({ residentMedical: true, employeeMedical: undefined }),
      unknown: ['members.employeeMedical'],
    },
  ],
  invalid: [
    {
      name: 'a head in both basic medical insurances',
      data: withHead({ employeeMedical: true }),
      findings: [HEAD_FINDING],
    },
    {
      name: 'head and spouse both in both insurances: one finding each',
      data: dataset({
        members: family().map((person, i) =>
          i < 2 ? { ...person, employeeMedical: true } : person,
        ),
      }),
      findings: [
        HEAD_FINDING,
        {
          householdId: 'H001',
          memberId: makeIdNumber('1977-08-02', '女', 12),
        },
      ],
    },
  ],
};
