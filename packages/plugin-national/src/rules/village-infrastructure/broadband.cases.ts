import type { RuleCases } from '@duibiao/core';
import { dataset, village } from '@duibiao/plugin-sdk';

const withVillage = (overrides: Parameters<typeof village>[0]) =>
  dataset({ village: village(overrides) });

/** Cases of national/village-infrastructure/broadband. */
export const broadbandCases: RuleCases = {
  valid: [
    {
      name: 'a poverty village with broadband',
      data: withVillage({ povertyVillage: true, broadband: true }),
    },
    {
      name: 'a village without broadband that is not a poverty village',
      data: withVillage({ povertyVillage: false, broadband: false }),
    },
    {
      name: 'a poverty village whose 是否通宽带 is blank is unknown',
      data: withVillage({ broadband: undefined }),
      unknown: ['villages.broadband'],
    },
    {
      name: 'a village without broadband whose 是否贫困村 is blank is unknown',
      data: withVillage({ povertyVillage: undefined, broadband: false }),
      unknown: ['villages.povertyVillage'],
    },
  ],
  invalid: [
    {
      name: 'a poverty village without broadband',
      data: withVillage({ broadband: false }),
      findings: [
        {
          householdId: null,
          memberId: null,
          message: '南集贤村为贫困村，未通宽带',
          data: { name: '南集贤村' },
        },
      ],
    },
    {
      name: 'of two poverty villages, only the one without broadband is reported',
      data: {
        ...dataset(),
        villages: [
          village(),
          village({
            regionCode: '610124101202',
            name: '北集贤村',
            broadband: false,
          }),
        ],
      },
      findings: [{ householdId: null, data: { name: '北集贤村' } }],
    },
  ],
};
