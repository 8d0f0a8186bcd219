import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

const DEVELOPMENT = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位',
  '生态护林员',
];

/** An ordinary household monitored as 边缘易致贫户 since the given day. */
function monitored(
  since: string | undefined,
  measures: Household['measures'] = [],
): Household {
  return household({
    householdType: '一般农户',
    monitoredType: '边缘易致贫户',
    monitoredSince: since,
    measures,
  });
}

/** A registered poor household (贫困户) with the given measures. */
function poor(measures: Household['measures']): Household {
  return household({ householdType: '贫困户', exitYear: undefined, measures });
}

/** The clean family with every member's labour set to the given type. */
function familyOf(labour: Member['labour']): Member[] {
  return family().map((member) => ({ ...member, labour }));
}

/** Cases of national/no-development-measure, on the reference date 2020-09-30. */
export const noDevelopmentMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a household monitored since 2020-04-01, five whole months, is still within its six months of grace',
      data: dataset({ household: monitored('2020-04-01') }),
    },
    {
      name: 'a registered poor household whose one development measure is 生态护林员',
      data: dataset({ household: poor(['健康帮扶', '生态护林员']) }),
    },
    {
      name: 'a registered poor household with no measure but only weak or half labour',
      data: dataset({
        household: poor([]),
        members: familyOf('弱劳动力或半劳动力'),
      }),
    },
    {
      name: 'an exited household that is not monitored is not held to the rule, whatever its measures',
      data: dataset({ household: household({ measures: ['健康帮扶'] }) }),
    },
    {
      name: 'a monitored household without development measures and a blank 识别监测时间 is unknown',
      data: dataset({ household: monitored(undefined) }),
      unknown: ['households.monitoredSince'],
    },
  ],
  invalid: [
    {
      name: 'a household monitored since 2020-03-30, exactly six months, with no measure',
      data: dataset({ household: monitored('2020-03-30') }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            householdType: '一般农户',
            monitoredType: '边缘易致贫户',
            measures: [],
            developmentMeasures: DEVELOPMENT,
          },
        },
      ],
    },
    {
      name: 'a registered poor household with labour whose only measures are health help and training',
      data: dataset({ household: poor(['健康帮扶', '技能培训']) }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            householdType: '贫困户',
            monitoredType: null,
            measures: ['健康帮扶', '技能培训'],
          },
        },
      ],
    },
  ],
};
