import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/**
 * A second village, with no household, and without a qualified village doctor.
 */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  qualifiedDoctor: false,
});

/** Cases of national/village-infrastructure/doctor. */
export const doctorCases: RuleCases = {
  valid: [
    {
      name: 'a village with a qualified village doctor',
      data: dataset({ village: village({ qualifiedDoctor: true }) }),
    },
    {
      name: 'a village whose 是否有合格村医 is blank is unknown',
      data: dataset({ village: village({ qualifiedDoctor: undefined }) }),
      unknown: ['villages.qualifiedDoctor'],
    },
  ],
  invalid: [
    {
      name: 'a village without a qualified village doctor',
      data: dataset({ village: village({ qualifiedDoctor: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村无合格村医',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without a qualified village doctor is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
