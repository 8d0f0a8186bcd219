import { defineRule } from '../authoring.js';

/**
 * A monitored household identified more than `noMeasureGraceMonths`
 * months ago (fact `monthsSinceMonitoredExclusive`, so exactly one month
 * is not yet "more than one") with no measure at all: a blank 帮扶措施 is a
 * known "none", so `measureCount` is 0.
 */
export const noMeasure = defineRule({
  id: 'national/no-measure',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'monitoring',
  severity: 'medium',
  title: '监测户识别后未落实帮扶措施',
  description:
    'A monitored household identified more than `noMeasureGraceMonths` months ago (fact `monthsSinceMonitoredExclusive`, so exactly one month is not yet "more than one") with no measure at all: a blank 帮扶措施 is a known "none", so `measureCount` is 0.',
  basis:
    '国务院扶贫开发领导小组《关于建立防止返贫监测和帮扶机制的指导意见》；陕脱贫发〔2020〕9号 二（二）、四（三）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'monitoredType', operator: 'notEqual', value: null },
      {
        fact: 'monthsSinceMonitoredExclusive',
        operator: 'greaterThanInclusive',
        value: { param: 'noMeasureGraceMonths' },
      },
      { fact: 'measureCount', operator: 'equal', value: 0 },
    ],
  },
  message: {
    zh: '{monitoredType}自 {monitoredSince} 识别监测已 {monthsSinceMonitored} 个月，未落实任何帮扶措施',
    en: '{monitoredType} identified on {monitoredSince}, {monthsSinceMonitored} months ago, has no measure at all',
  },
  evidence: ['monitoredSince'],
});
