import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A data set of the clean household with the given causes and measures. */
function withCauses(
  povertyCauses: Household['povertyCauses'],
  measures: Household['measures'],
) {
  return dataset({ household: household({ povertyCauses, measures }) });
}

/** Cases of national/cause-without-measure/disability. */
export const disabilityWithoutMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household poor through disability with 综合保障',
      data: withCauses(['因残'], ['综合保障']),
    },
    {
      name: 'a household poor through disability with 健康帮扶',
      data: withCauses(['因残', '因病'], ['就业帮扶', '健康帮扶']),
    },
    {
      name: 'a household without the cause and without any measure',
      data: withCauses(['缺技术'], []),
    },
    {
      name: 'a household poor through disability with a blank 帮扶措施 column is unknown',
      data: withCauses(['因残'], undefined),
      unknown: ['households.measures'],
    },
  ],
  invalid: [
    {
      name: 'a household poor through disability with only employment measures',
      data: withCauses(['因残'], ['产业帮扶', '就业帮扶', '技能培训']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            povertyCauses: ['因残'],
            measures: ['产业帮扶', '就业帮扶', '技能培训'],
          },
        },
      ],
    },
    {
      name: 'a household poor through disability with no measure at all',
      data: withCauses(['缺劳力', '因残'], []),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['缺劳力', '因残'], measures: [] },
        },
      ],
    },
  ],
};
