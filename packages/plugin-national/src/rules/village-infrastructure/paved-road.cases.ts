import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/**
 * A second village, with no household, and without an asphalt or cement road.
 */
const other = village({
  regionCode: '610124101202',
  name: '北集贤村',
  pavedRoad: false,
});

/** Cases of national/village-infrastructure/paved-road. */
export const pavedRoadCases: RuleCases = {
  valid: [
    {
      name: 'a village with an asphalt or cement road',
      data: dataset({ village: village({ pavedRoad: true }) }),
    },
    {
      name: 'a village whose 是否通硬化路 is blank is unknown',
      data: dataset({ village: village({ pavedRoad: undefined }) }),
      unknown: ['villages.pavedRoad'],
    },
  ],
  invalid: [
    {
      name: 'a village without an asphalt or cement road',
      data: dataset({ village: village({ pavedRoad: false }) }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村未通沥青（水泥）硬化路',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two villages, only the one without an asphalt or cement road is reported',
      data: { ...dataset(), villages: [village(), other] },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
