import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** The clean household with this region code. */
const withCode = (regionCode: string | undefined) =>
  dataset({ household: household({ regionCode }) });

/** One finding on H001 for this code. */
const finding = (regionCode: string) => ({
  householdId: 'H001',
  memberId: null,
  message: `行政区划代码 ${regionCode} 不是 12 位数字`,
  data: { regionCode },
});

/** Cases of national/id-region/format. */
export const regionCodeFormatCases: RuleCases = {
  valid: [
    {
      name: 'the 12 digits of a real village',
      data: withCode('610124101201'),
    },
    {
      name: '12 digits of a county that does not exist are left to unknown-prefix',
      data: withCode('619999101201'),
    },
    {
      name: 'a blank region code is unknown',
      data: withCode(undefined),
      unknown: ['households.regionCode'],
    },
  ],
  invalid: [
    {
      name: 'a code of 11 digits',
      data: withCode('61012410120'),
      findings: [finding('61012410120')],
    },
    {
      name: 'a code of 13 digits',
      data: withCode('6101241012011'),
      findings: [finding('6101241012011')],
    },
    {
      name: 'a code of 12 characters with a letter',
      data: withCode('61012410120A'),
      findings: [finding('61012410120A')],
    },
  ],
};
