import type { RuleCases, Village } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/** The clean village with a PV station paying public-welfare jobs. */
function station(overrides: Partial<Village>) {
  return dataset({
    village: village({
      pvStation: true,
      pvIncomeDistribution: '公益岗位',
      ...overrides,
    }),
  });
}

/** Cases of national/pv-distribution/not-published. */
export const pvNotPublishedCases: RuleCases = {
  valid: [
    {
      name: 'a station whose distribution is published',
      data: station({ pvDistributionPublished: true }),
    },
    {
      name: 'a village without a station that publishes nothing',
      data: station({ pvStation: false, pvDistributionPublished: false }),
    },
    {
      name: 'a village without a station and a blank published cell is judged, not unknown',
      data: station({ pvStation: false, pvDistributionPublished: undefined }),
    },
    {
      name: 'a station with a blank 光伏收益分配是否公示 is unknown',
      data: station({ pvDistributionPublished: undefined }),
      unknown: ['villages.pvDistributionPublished'],
    },
  ],
  invalid: [
    {
      name: 'a station whose distribution is not published',
      data: station({ pvDistributionPublished: false }),
      findings: [
        { householdId: null, memberId: null, data: { name: '南集贤村' } },
      ],
    },
  ],
};
