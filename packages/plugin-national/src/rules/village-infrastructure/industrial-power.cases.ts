import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/** A second village, with no household, and without industrial power. */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  industrialPower: false,
});

/** Cases of national/village-infrastructure/industrial-power. */
export const industrialPowerCases: RuleCases = {
  valid: [
    {
      name: 'a village with industrial power',
      data: dataset({ village: village({ industrialPower: true }) }),
    },
    {
      name: 'a village whose 是否通动力电 is blank is unknown',
      data: dataset({ village: village({ industrialPower: undefined }) }),
      unknown: ['villages.industrialPower'],
    },
  ],
  invalid: [
    {
      name: 'a village without industrial power',
      data: dataset({ village: village({ industrialPower: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村未通动力电',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without industrial power is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
