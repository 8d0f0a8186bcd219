import { defineRule } from '../../authoring.js';

/**
 * A household whose net income, as a year's per member, was at or above
 * `monitoringLine` in the previous monitoring period and fell under it in
 * the latest (a period's income × 12 / months, or × 365 / days).
 */
export const incomeBelowMonitoringLine = defineRule({
  id: 'national/income-drop/below-line',
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'high',
  title: '收入降至监测标准以下',
  description:
    "A household whose net income, as a year's per member, was at or above `monitoringLine` in the previous monitoring period and fell under it in the latest (a period's income × 12 / months, or × 365 / days).",
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 三（三）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      {
        fact: 'previousAnnualPerCapitaIncome',
        operator: 'notEqual',
        value: null,
      },
      {
        fact: 'previousAnnualPerCapitaIncome',
        operator: 'greaterThanInclusive',
        value: { param: 'monitoringLine' },
      },
      {
        fact: 'latestAnnualPerCapitaIncome',
        operator: 'lessThan',
        value: { param: 'monitoringLine' },
      },
    ],
  },
  message: {
    zh: '按收支监测折算的年人均纯收入由上期（{previousMonitoringPeriod}）{previousAnnualPerCapitaIncome} 元降至本期（{latestMonitoringPeriod}）{latestAnnualPerCapitaIncome} 元，低于监测标准 {monitoringLine} 元',
    en: 'Per-capita net income for a year, from the monitoring periods, fell from {previousAnnualPerCapitaIncome} yuan ({previousMonitoringPeriod}) to {latestAnnualPerCapitaIncome} yuan ({latestMonitoringPeriod}), under the monitoring line of {monitoringLine} yuan',
  },
  evidence: ['latestMonitoringPeriod'],
});
