import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/**
 * A second village, with no household, and without upkeep arranged for its
 * roads.
 */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  roadMaintenance: false,
});

/** Cases of national/village-infrastructure/road-maintenance. */
export const roadMaintenanceCases: RuleCases = {
  valid: [
    {
      name: 'a village with upkeep arranged for its roads',
      data: dataset({ village: village({ roadMaintenance: true }) }),
    },
    {
      name: 'a village whose 村组道路是否落实管护 is blank is unknown',
      data: dataset({ village: village({ roadMaintenance: undefined }) }),
      unknown: ['villages.roadMaintenance'],
    },
  ],
  invalid: [
    {
      name: 'a village without upkeep arranged for its roads',
      data: dataset({ village: village({ roadMaintenance: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村村组道路未落实管护',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without upkeep arranged for its roads is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
