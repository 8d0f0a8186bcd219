import type { RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

const withChild = (overrides: Parameters<typeof child>[0]) =>
  dataset({ members: [...family().slice(0, 2), child(overrides)] });

/** Cases of national/dropout, on the reference date 2020-09-30. */
export const dropoutCases: RuleCases = {
  valid: [
    { name: 'a child of 10 in primary school', data: withChild({}) },
    {
      name: 'a child one day short of 6 with a blank school status',
      data: withChild({ birthDate: '2014-10-01', schoolStatus: null }),
    },
    {
      name: 'a child of 10 taught at home (送教上门)',
      data: withChild({ schoolStatus: null, notInSchoolReason: '送教上门' }),
    },
    {
      name: 'a child out of school with birth date and ID number blank is unknown, not a finding',
      data: withChild({
        schoolStatus: '失学辍学',
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a child of 10 recorded as 失学辍学',
      data: withChild({ schoolStatus: '失学辍学' }),
      findings: [
        {
          householdId: 'H001',
          memberId: child().idNumber,
          data: { age: 10, schoolStatus: '失学辍学' },
        },
      ],
    },
    {
      name: 'a child exactly 6 on the reference date with a blank status',
      data: withChild({ birthDate: '2014-09-30', schoolStatus: null }),
      findings: [{ householdId: 'H001', data: { age: 6 } }],
    },
  ],
};
