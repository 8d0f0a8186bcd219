import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** Cases of national/unsafe-water/not-solved. */
export const waterNotSolvedCases: RuleCases = {
  valid: [
    {
      name: 'a household whose safe drinking water is solved',
      data: dataset({ household: household({ safeWater: true }) }),
    },
    {
      name: 'a household with 是否解决安全饮用水 blank is unknown',
      data: dataset({ household: household({ safeWater: undefined }) }),
      unknown: ['households.safeWater'],
    },
  ],
  invalid: [
    {
      name: 'a household whose safe drinking water is recorded as not solved',
      data: dataset({ household: household({ safeWater: false }) }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '是否解决安全饮用水为「否」，饮水安全未达标',
          data: { safeWater: false },
        },
      ],
    },
  ],
};
