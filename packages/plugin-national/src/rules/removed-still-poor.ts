import { defineRule } from '../authoring.js';

/**
 * A monitored household whose risk was marked removed by assistance while
 * its per-capita net income is still below the monitoring line.
 */
export const removedStillPoor = defineRule({
  id: 'national/removed-still-poor',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'high',
  title: '帮扶消除风险但人均纯收入仍低于监测标准',
  description:
    'A monitored household whose risk was marked removed by assistance while its per-capita net income is still below the monitoring line.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 二（一）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      { condition: 'riskMarkedRemoved' },
      { fact: 'riskRemovalMode', operator: 'equal', value: '帮扶消除' },
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'monitoringLine' },
      },
    ],
  },
  message: {
    zh: '风险以帮扶消除方式标记消除，但人均纯收入 {perCapitaNetIncome} 元，低于 {monitoringLine.year} 年监测标准 {monitoringLine} 元',
    en: 'Risk marked removed by assistance, but per-capita net income {perCapitaNetIncome} yuan is below the {monitoringLine.year} monitoring line of {monitoringLine} yuan',
  },
  evidence: ['incomeYear'],
});
