import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withTrip = (waterTripMinutes: number | undefined) =>
  dataset({ household: household({ waterTripMinutes }) });

/** Cases of national/unsafe-water/trip: a round trip of 20 minutes at most. */
export const waterTripCases: RuleCases = {
  valid: [
    { name: 'piped water, a trip of 0 minutes', data: withTrip(0) },
    {
      name: 'a round trip of exactly 20 minutes meets the standard',
      data: withTrip(20),
    },
    {
      name: 'a blank 取水往返时间 is unknown',
      data: withTrip(undefined),
      unknown: ['households.waterTripMinutes'],
    },
  ],
  invalid: [
    {
      name: 'a round trip of 21 minutes, one over the standard',
      data: withTrip(21),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '取水往返时间 21 分钟，超过标准 20 分钟',
          data: { waterTripMinutes: 21, waterMaxTripMinutes: 20 },
        },
      ],
    },
    {
      name: 'a round trip of 45 minutes',
      data: withTrip(45),
      findings: [{ householdId: 'H001', data: { waterTripMinutes: 45 } }],
    },
  ],
};
