import { defineRule } from '../authoring.js';

/**
 * A registered poor (贫困户) or monitored household with an ordinary or
 * skilled labourer (fact `hasAbleLabour`) and none of the
 * `developmentMeasures`.
 *
 * Monitored households get `developmentMeasureGraceMonths` whole months
 * after identification (fact `monthsSinceMonitored`) to receive one.
 * Registered poor households have no identification date, so for them
 * the time condition does not apply.
 */
export const noDevelopmentMeasure = defineRule({
  id: 'national/no-development-measure',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'industry',
  severity: 'medium',
  title: '有劳动能力户无开发式帮扶措施',
  description:
    'A registered poor (贫困户) or monitored household with an ordinary or skilled labourer (fact `hasAbleLabour`) and none of the `developmentMeasures`. Monitored households get `developmentMeasureGraceMonths` whole months after identification (fact `monthsSinceMonitored`) to receive one. Registered poor households have no identification date, so for them the time condition does not apply.',
  basis:
    '国务院扶贫开发领导小组《关于建立防止返贫监测和帮扶机制的指导意见》；陕脱贫发〔2020〕9号 二（二）、四（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        any: [
          { fact: 'householdType', operator: 'equal', value: '贫困户' },
          { fact: 'monitoredType', operator: 'notEqual', value: null },
        ],
      },
      { fact: 'hasAbleLabour', operator: 'equal', value: true },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: { param: 'developmentMeasures' },
      },
      {
        any: [
          { fact: 'householdType', operator: 'equal', value: '贫困户' },
          {
            fact: 'monthsSinceMonitored',
            operator: 'greaterThanInclusive',
            value: { param: 'developmentMeasureGraceMonths' },
          },
        ],
      },
    ],
  },
  message: {
    zh: '户类型为「{householdType}」、监测对象类别为「{monitoredType}」，有普通或技能劳动力，帮扶措施为「{measures}」，无开发式帮扶措施（{developmentMeasures}）',
    en: 'Household type "{householdType}", monitored as "{monitoredType}", with ordinary or skilled labour; measures "{measures}" include no development measure ({developmentMeasures})',
  },
});
