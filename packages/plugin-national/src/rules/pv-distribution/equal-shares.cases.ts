import type { RuleCases, Village } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

/** The clean village with a published PV station, changed as given. */
function station(overrides: Partial<Village>) {
  return dataset({
    village: village({
      pvStation: true,
      pvDistributionPublished: true,
      ...overrides,
    }),
  });
}

/** Cases of national/pv-distribution/equal-shares. */
export const pvEqualSharesCases: RuleCases = {
  valid: [
    {
      name: 'a station whose income pays public-welfare jobs',
      data: station({ pvIncomeDistribution: '公益岗位' }),
    },
    {
      name: 'a village without a station, whatever its distribution cell says',
      data: station({ pvStation: false, pvIncomeDistribution: '平均分配' }),
    },
    {
      name: 'a station whose way of distribution is blank (not reported)',
      data: station({ pvIncomeDistribution: null }),
    },
    {
      name: 'equal shares with a blank 是否有光伏扶贫电站 is unknown',
      data: station({ pvStation: undefined, pvIncomeDistribution: '平均分配' }),
      unknown: ['villages.pvStation'],
    },
  ],
  invalid: [
    {
      name: 'a station whose income is paid out in equal shares',
      data: station({ pvIncomeDistribution: '平均分配' }),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: { name: '南集贤村', pvIncomeDistribution: '平均分配' },
        },
      ],
    },
  ],
};
