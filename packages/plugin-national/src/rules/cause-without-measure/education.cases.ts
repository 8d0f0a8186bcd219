import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A data set of the clean household with the given causes and measures. */
function withCauses(
  povertyCauses: Household['povertyCauses'],
  measures: Household['measures'],
) {
  return dataset({ household: household({ povertyCauses, measures }) });
}

/** Cases of national/cause-without-measure/education. */
export const educationWithoutMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household poor through schooling costs with 教育帮扶',
      data: withCauses(['因学'], ['产业帮扶', '教育帮扶']),
    },
    {
      name: 'a household poor through schooling costs with 义务教育保障',
      data: withCauses(['因学'], ['义务教育保障']),
    },
    {
      name: 'a household without the cause and without any measure',
      data: withCauses(['缺资金'], []),
    },
    {
      name: 'a household with measures none of which is educational and a blank 致贫原因 column is unknown',
      data: withCauses(undefined, ['产业帮扶']),
      unknown: ['households.povertyCauses'],
    },
  ],
  invalid: [
    {
      name: 'a household poor through schooling costs whose 雨露计划 is neither of the two measures',
      data: withCauses(['因学', '缺技术'], ['雨露计划']),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因学', '缺技术'], measures: ['雨露计划'] },
        },
      ],
    },
    {
      name: 'a household poor through schooling costs with no measure at all',
      data: withCauses(['因学'], []),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { povertyCauses: ['因学'], measures: [] },
        },
      ],
    },
  ],
};
