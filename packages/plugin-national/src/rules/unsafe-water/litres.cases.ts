import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withHousehold = (overrides: Parameters<typeof household>[0]) =>
  dataset({ household: household(overrides) });

/**
 * Cases of national/unsafe-water/litres: at least 35 litres per person per
 * day, 20 in a water-scarce area.
 */
export const waterLitresCases: RuleCases = {
  valid: [
    {
      name: 'exactly 35 litres outside a water-scarce area meets the standard',
      data: withHousehold({ waterLitresPerDay: 35 }),
    },
    {
      name: 'exactly 20 litres in a water-scarce area meets its standard',
      data: withHousehold({ waterLitresPerDay: 20, waterScarceArea: true }),
    },
    {
      name: '30 litres in a water-scarce area is enough there',
      data: withHousehold({ waterLitresPerDay: 30, waterScarceArea: true }),
    },
    {
      name: 'a blank 人均日用水量 is unknown',
      data: withHousehold({ waterLitresPerDay: undefined }),
      unknown: ['households.waterLitresPerDay'],
    },
    {
      name: '30 litres with 是否缺水地区 blank is unknown: the standard depends on the area',
      data: withHousehold({
        waterLitresPerDay: 30,
        waterScarceArea: undefined,
      }),
      unknown: ['households.waterScarceArea'],
    },
  ],
  invalid: [
    {
      name: '34.5 litres outside a water-scarce area, under the 35-litre standard',
      data: withHousehold({ waterLitresPerDay: 34.5 }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '人均日用水量 34.5 升，低于标准 35 升（是否缺水地区：否）',
          data: {
            waterLitresPerDay: 34.5,
            waterStandardLitres: 35,
            waterScarceArea: false,
          },
        },
      ],
    },
    {
      name: '19 litres in a water-scarce area, under its 20-litre standard',
      data: withHousehold({ waterLitresPerDay: 19, waterScarceArea: true }),
      findings: [
        {
          householdId: 'H001',
          data: {
            waterLitresPerDay: 19,
            waterStandardLitres: 20,
            waterScarceArea: true,
          },
        },
      ],
    },
    {
      name: '19.5 litres fails even the water-scarce standard, so a blank 是否缺水地区 does not matter',
      data: withHousehold({
        waterLitresPerDay: 19.5,
        waterScarceArea: undefined,
      }),
      findings: [
        {
          householdId: 'H001',
          message:
            '人均日用水量 19.5 升，低于标准 20–35 升（是否缺水地区：未知）',
        },
      ],
    },
  ],
};
