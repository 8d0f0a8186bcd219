import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A data set of the clean household with the given causes and measures. */
function withCauses(
  povertyCauses: Household['povertyCauses'],
  measures: Household['measures'],
) {
  return dataset({ household: household({ povertyCauses, measures }) });
}

/** Cases of national/cause-without-measure/illness. */
export const illnessWithoutMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household poor through illness with 健康帮扶 among its measures',
      data: withCauses(['因病', '缺资金'], ['就业帮扶', '健康帮扶']),
    },
    {
      name: 'a household without the cause and without any measure (blank causes and measures are none)',
      data: withCauses([], []),
    },
    {
      name: 'a household poor through illness with a blank 帮扶措施 column is unknown',
      data: withCauses(['因病'], undefined),
      unknown: ['households.measures'],
    },
  ],
  invalid: [
    {
      name: 'a household with 因病 among its causes and only employment measures',
      data: withCauses(
        ['缺技术', '因病'],
        ['产业帮扶', '就业帮扶', '技能培训'],
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            povertyCauses: ['缺技术', '因病'],
            measures: ['产业帮扶', '就业帮扶', '技能培训'],
          },
        },
      ],
    },
    {
      name: 'a household poor through illness whose 综合保障 is no health help',
      data: withCauses(['因病'], ['综合保障']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因病'], measures: ['综合保障'] },
        },
      ],
    },
    {
      name: 'a household poor through illness with no measure at all',
      data: withCauses(['因病'], []),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因病'], measures: [] },
        },
      ],
    },
  ],
};
