import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

const withVillage = (overrides: Parameters<typeof village>[0]) =>
  dataset({ village: village(overrides) });

/** Cases of national/village-infrastructure/bus. */
export const busCases: RuleCases = {
  valid: [
    {
      name: 'an eligible village with a bus service',
      data: withVillage({ busEligible: true, busService: true }),
    },
    {
      name: 'a village without a bus that does not meet the conditions for one',
      data: withVillage({ busEligible: false, busService: false }),
    },
    {
      name: 'a village with a bus is judged even when 是否具备通客车条件 is blank',
      data: withVillage({ busEligible: undefined, busService: true }),
    },
    {
      name: 'a village without a bus whose 是否具备通客车条件 is blank is unknown',
      data: withVillage({ busEligible: undefined, busService: false }),
      unknown: ['villages.busEligible'],
    },
  ],
  invalid: [
    {
      name: 'an eligible village without a bus service',
      data: withVillage({ busService: false }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村具备通客车条件，但未通客车',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two eligible villages, only the one without a bus is reported',
      data: {
        ...dataset(),
        villages: [
          village(),
          village({
            regionCode: '610124101202',
            name: '北集贤村',
            busService: false,
          }),
        ],
      },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
