import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const MEASURES: NonNullable<Household['measures']> = [
  '产业帮扶',
  '就业帮扶',
  '技能培训',
];

/** The clean household with the given measures and status. */
function withStatus(
  developmentMeasureStatus: Household['developmentMeasureStatus'],
  measures: Household['measures'] = MEASURES,
) {
  return dataset({
    household: household({ measures, developmentMeasureStatus }),
  });
}

/** Cases of national/measure-not-carried-out. */
export const measureNotCarriedOutCases: RuleCases = {
  valid: [
    {
      name: 'development measures recorded as carried out (已实施)',
      data: withStatus('已实施'),
    },
    {
      name: 'a status of 尚未实施 without any development measure (training and health help are none)',
      data: withStatus('尚未实施', ['健康帮扶', '技能培训']),
    },
    {
      name: 'a household with development measures and a 开发式帮扶措施实施情况 column missing is unknown',
      data: withStatus(undefined),
      unknown: ['households.developmentMeasureStatus'],
    },
  ],
  invalid: [
    {
      name: 'development measures recorded as 尚未实施',
      data: withStatus('尚未实施'),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { measures: MEASURES, developmentMeasureStatus: '尚未实施' },
        },
      ],
    },
    {
      name: 'development measures with a blank status, which is a known "not reported"',
      data: withStatus(null),
      findings: [
        {
          householdId: 'H001',
          data: { measures: MEASURES, developmentMeasureStatus: null },
        },
      ],
    },
    {
      name: 'a ranger post (生态护林员) alone is a development measure',
      data: withStatus('尚未实施', ['生态护林员']),
      findings: [{ householdId: 'H001', data: { measures: ['生态护林员'] } }],
    },
  ],
};
