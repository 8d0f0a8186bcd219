import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A data set of the clean household with the given causes and measures. */
function withCauses(
  povertyCauses: Household['povertyCauses'],
  measures: Household['measures'],
) {
  return dataset({ household: household({ povertyCauses, measures }) });
}

/** Cases of national/cause-without-measure/housing. */
export const housingWithoutMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household poor through unsafe housing with 住房安全保障',
      data: withCauses(['因安全住房'], ['就业帮扶', '住房安全保障']),
    },
    {
      name: 'a household poor through unsafe housing that was relocated (易地扶贫搬迁)',
      data: withCauses(['因安全住房'], ['易地扶贫搬迁']),
    },
    {
      name: 'a household without the cause and without any measure',
      data: withCauses([], []),
    },
    {
      name: 'a household poor through unsafe housing with a blank 帮扶措施 column is unknown',
      data: withCauses(['因安全住房'], undefined),
      unknown: ['households.measures'],
    },
  ],
  invalid: [
    {
      name: 'a household with 因安全住房 among its causes and only employment measures',
      data: withCauses(
        ['缺技术', '因安全住房'],
        ['产业帮扶', '就业帮扶', '技能培训'],
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            povertyCauses: ['缺技术', '因安全住房'],
            measures: ['产业帮扶', '就业帮扶', '技能培训'],
          },
        },
      ],
    },
    {
      name: 'a household poor through unsafe housing whose 综合保障 does not make the house safe',
      data: withCauses(['因安全住房'], ['综合保障']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因安全住房'], measures: ['综合保障'] },
        },
      ],
    },
  ],
};
