import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household with this region code. */
const withCode = (regionCode: string | undefined) =>
  dataset({ household: household({ regionCode }) });

/** One finding on H001 for this code. */
const finding = (regionCode: string) => ({
  householdId: 'H001',
  memberId: null,
  message: `行政区划代码 ${regionCode} 的县级或乡级代码不在区划代码表中`,
  data: { regionCode },
});

/**
 * Cases of national/id-region/unknown-prefix. The national table holds
 * counties only: of 西安市's 61012x codes, 610122 蓝田县 and 610124 周至县.
 */
export const regionCodeUnknownCases: RuleCases = {
  valid: [
    {
      name: 'a village of 周至县 (610124)',
      data: withCode('610124101201'),
    },
    {
      name: 'a village of 蓝田县 (610122)',
      data: withCode('610122101201'),
    },
    {
      name: 'any township of a known county: the national table lists no townships',
      data: withCode('610124999201'),
    },
    {
      name: 'a code of 11 digits is left to the format rule',
      data: withCode('61012410120'),
    },
    {
      name: 'a blank region code is unknown',
      data: withCode(undefined),
      unknown: ['households.regionCode'],
    },
  ],
  invalid: [
    {
      name: 'county 619999 does not exist',
      data: withCode('619999101201'),
      findings: [finding('619999101201')],
    },
    {
      name: 'county 610123, between 蓝田县 and 周至县, does not exist',
      data: withCode('610123101201'),
      findings: [finding('610123101201')],
    },
  ],
};
