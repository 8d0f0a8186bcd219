import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/**
 * A second village, with no household, and without a clean and tidy living
 * environment.
 */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  cleanEnvironment: false,
});

/** Cases of national/village-infrastructure/clean-environment. */
export const cleanEnvironmentCases: RuleCases = {
  valid: [
    {
      name: 'a village with a clean and tidy living environment',
      data: dataset({ village: village({ cleanEnvironment: true }) }),
    },
    {
      name: 'a village whose 人居环境是否干净整洁 is blank is unknown',
      data: dataset({ village: village({ cleanEnvironment: undefined }) }),
      unknown: ['villages.cleanEnvironment'],
    },
  ],
  invalid: [
    {
      name: 'a village without a clean and tidy living environment',
      data: dataset({ village: village({ cleanEnvironment: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村人居环境未达到干净整洁',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without a clean and tidy living environment is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
