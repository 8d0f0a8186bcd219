import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A data set of the clean household with the given causes and measures. */
function withCauses(
  povertyCauses: Household['povertyCauses'],
  measures: Household['measures'],
) {
  return dataset({ household: household({ povertyCauses, measures }) });
}

/** Cases of national/cause-without-measure/water. */
export const waterWithoutMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household poor through unsafe water with 饮水安全保障',
      data: withCauses(['因安全饮水'], ['饮水安全保障']),
    },
    {
      name: 'a household poor through 缺水 (lack of water for farming), not unsafe drinking water, with no measure',
      data: withCauses(['缺水'], []),
    },
    {
      name: 'a household poor through unsafe water with a blank 帮扶措施 column is unknown',
      data: withCauses(['因安全饮水'], undefined),
      unknown: ['households.measures'],
    },
  ],
  invalid: [
    {
      name: 'a household poor through unsafe water whose housing measure is no water measure',
      data: withCauses(['因安全饮水', '因安全住房'], ['住房安全保障']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            povertyCauses: ['因安全饮水', '因安全住房'],
            measures: ['住房安全保障'],
          },
        },
      ],
    },
    {
      name: 'a household poor through unsafe water with no measure at all',
      data: withCauses(['因安全饮水'], []),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因安全饮水'], measures: [] },
        },
      ],
    },
  ],
};
