import { defineRule } from '../authoring.js';

/**
 * An exited or ordinary household that is not monitored although its
 * per-capita net income is below the monitoring line.
 *
 * Registered poor households (贫困户) are left out on purpose: they are
 * still under full assistance as poor households and are not monitoring
 * targets; their income is judged by `national/income-below-line`.
 * Monitoring is for households that have exited (脱贫不稳定户) and for
 * ordinary ones near the line (边缘易致贫户, 突发严重困难户).
 */
export const shouldBeMonitored = defineRule({
  id: 'national/should-be-monitored',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'monitoring',
  severity: 'medium',
  title: '收入低于监测标准未纳入监测',
  description:
    'An exited or ordinary household that is not monitored although its per-capita net income is below the monitoring line. Registered poor households (贫困户) are left out on purpose: they are still under full assistance as poor households and are not monitoring targets; their income is judged by `national/income-below-line`. Monitoring is for households that have exited (脱贫不稳定户) and for ordinary ones near the line (边缘易致贫户, 突发严重困难户).',
  basis:
    '国务院扶贫开发领导小组《关于建立防止返贫监测和帮扶机制的指导意见》；陕脱贫发〔2020〕9号 二（二）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      {
        fact: 'householdType',
        operator: 'in',
        value: ['已脱贫户', '一般农户'],
      },
      { fact: 'monitoredType', operator: 'equal', value: null },
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'monitoringLine' },
      },
    ],
  },
  message: {
    zh: '{householdType}人均纯收入 {perCapitaNetIncome} 元，低于 {monitoringLine.year} 年监测标准 {monitoringLine} 元，未纳入防返贫监测',
    en: '{householdType} household with per-capita net income {perCapitaNetIncome} yuan, below the {monitoringLine.year} monitoring line of {monitoringLine} yuan, is not monitored',
  },
  evidence: ['incomeYear'],
});
