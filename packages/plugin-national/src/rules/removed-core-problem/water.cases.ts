import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/**
 * The clean household (safe water: 60 litres, piped, never cut off)
 * monitored as 脱贫不稳定户, its risk removed, changed as given.
 */
function removed(overrides: Partial<Household>) {
  return dataset({
    household: household({
      monitoredType: '脱贫不稳定户',
      monitoredSince: '2019-10',
      riskRemoved: true,
      riskRemovalMode: '帮扶消除',
      riskRemovedAt: '2020-06-30',
      ...overrides,
    }),
  });
}

/** Cases of national/removed-core-problem/water. */
export const removedUnsafeWaterCases: RuleCases = {
  valid: [
    {
      name: 'a removed household with safe water',
      data: removed({}),
    },
    {
      name: '35 litres a person a day outside a water-scarce area is enough',
      data: removed({ waterLitresPerDay: 35 }),
    },
    {
      name: '20 litres a day in a water-scarce area is enough',
      data: removed({ waterScarceArea: true, waterLitresPerDay: 20 }),
    },
    {
      name: 'a round trip of 20 minutes and 36 days without water a year are within the standards',
      data: removed({ waterTripMinutes: 20, waterOutageDays: 36 }),
    },
    {
      name: 'a removed household with a blank 是否解决安全饮用水 is unknown',
      data: removed({ safeWater: undefined }),
      unknown: ['households.safeWater'],
    },
    {
      name: '30 litres a day with 是否缺水地区 blank is unknown: enough only in a scarce area',
      data: removed({ waterScarceArea: undefined, waterLitresPerDay: 30 }),
      unknown: ['households.waterScarceArea'],
    },
  ],
  invalid: [
    {
      name: 'a removed household whose safe water is not solved',
      data: removed({ safeWater: false }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            safeWater: false,
            waterLitresPerDay: 60,
            waterTripMinutes: 0,
            waterOutageDays: 0,
          },
        },
      ],
    },
    {
      name: '34 litres a day outside a water-scarce area is too little',
      data: removed({ waterLitresPerDay: 34 }),
      findings: [
        {
          householdId: 'H001',
          data: { safeWater: true, waterLitresPerDay: 34 },
        },
      ],
    },
    {
      name: '19 litres a day is too little even in a water-scarce area',
      data: removed({ waterScarceArea: true, waterLitresPerDay: 19 }),
      findings: [{ householdId: 'H001', data: { waterLitresPerDay: 19 } }],
    },
    {
      name: 'a round trip of 21 minutes for water',
      data: removed({ waterTripMinutes: 21 }),
      findings: [{ householdId: 'H001', data: { waterTripMinutes: 21 } }],
    },
    {
      name: '37 days without water a year',
      data: removed({ waterOutageDays: 37 }),
      findings: [{ householdId: 'H001', data: { waterOutageDays: 37 } }],
    },
  ],
};
