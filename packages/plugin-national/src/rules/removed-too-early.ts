import { defineRule } from '../authoring.js';

/**
 * A monitored household whose risk was marked removed before it had been
 * monitored for the minimum number of months.
 */
export const removedTooEarly = defineRule({
  id: 'national/removed-too-early',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'medium',
  title: '监测未满规定期限即标记风险消除',
  description:
    'A monitored household whose risk was marked removed before it had been monitored for the minimum number of months.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      { condition: 'riskMarkedRemoved' },
      {
        fact: 'monthsMonitoredBeforeRemoval',
        operator: 'lessThan',
        value: { param: 'minRiskMonitoringMonths' },
      },
    ],
  },
  message: {
    zh: '识别监测时间 {monitoredSince}，消除监测时间 {riskRemovedAt}，监测 {monthsMonitoredBeforeRemoval} 个月即标记风险消除，不足 {minRiskMonitoringMonths} 个月',
    en: 'Risk marked removed after {monthsMonitoredBeforeRemoval} months of monitoring (identified {monitoredSince}, removed {riskRemovedAt}); at least {minRiskMonitoringMonths} months are required',
  },
  evidence: ['monitoredSince', 'riskRemovedAt'],
});
