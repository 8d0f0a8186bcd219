import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/** A second village, with no household, and without a standard clinic. */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  standardClinic: false,
});

/** Cases of national/village-infrastructure/clinic. */
export const clinicCases: RuleCases = {
  valid: [
    {
      name: 'a village with a standard clinic',
      data: dataset({ village: village({ standardClinic: true }) }),
    },
    {
      name: 'a village whose 是否有标准化卫生室 is blank is unknown',
      data: dataset({ village: village({ standardClinic: undefined }) }),
      unknown: ['villages.standardClinic'],
    },
  ],
  invalid: [
    {
      name: 'a village without a standard clinic',
      data: dataset({ village: village({ standardClinic: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村未建成标准化卫生室',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without a standard clinic is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
