import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withOutage = (waterOutageDays: number | undefined) =>
  dataset({ household: household({ waterOutageDays }) });

/** Cases of national/unsafe-water/outage: at most 36 dry days a year. */
export const waterOutageCases: RuleCases = {
  valid: [
    { name: 'no day without water', data: withOutage(0) },
    {
      name: 'exactly 36 days without water meets the standard',
      data: withOutage(36),
    },
    {
      name: 'a blank 年断水天数 is unknown',
      data: withOutage(undefined),
      unknown: ['households.waterOutageDays'],
    },
  ],
  invalid: [
    {
      name: '37 days without water, one over the standard',
      data: withOutage(37),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '年断水天数 37 天，超过标准 36 天',
          data: { waterOutageDays: 37, waterMaxOutageDays: 36 },
        },
      ],
    },
    {
      name: '40 days without water',
      data: withOutage(40),
      findings: [{ householdId: 'H001', data: { waterOutageDays: 40 } }],
    },
  ],
};
