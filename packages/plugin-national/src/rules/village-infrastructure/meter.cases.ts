import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/**
 * A second village, with no household, and without one electricity meter per
 * household.
 */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  meterPerHousehold: false,
});

/** Cases of national/village-infrastructure/meter. */
export const meterCases: RuleCases = {
  valid: [
    {
      name: 'a village with one electricity meter per household',
      data: dataset({ village: village({ meterPerHousehold: true }) }),
    },
    {
      name: 'a village whose 是否一户一表 is blank is unknown',
      data: dataset({ village: village({ meterPerHousehold: undefined }) }),
      unknown: ['villages.meterPerHousehold'],
    },
  ],
  invalid: [
    {
      name: 'a village without one electricity meter per household',
      data: dataset({ village: village({ meterPerHousehold: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村电力入户未实现一户一表',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without one electricity meter per household is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
