import { defineRule } from '../authoring.js';

/**
 * A household whose out-of-pocket spending (合规自付支出: medical,
 * education, disaster) in its latest monitoring period is above
 * `expenseSpikeIncomeShare` (1: all) of its net income in the period
 * before, both per month or per day. A previous period without positive
 * income gives no ratio and no finding: the income rules judge it.
 */
export const expenseSpike = defineRule({
  id: 'national/expense-spike',
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'high',
  title: '刚性支出骤增',
  description:
    'A household whose out-of-pocket spending (合规自付支出: medical, education, disaster) in its latest monitoring period is above `expenseSpikeIncomeShare` (1: all) of its net income in the period before, both per month or per day. A previous period without positive income gives no ratio and no finding: the income rules judge it.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 三（三）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      {
        fact: 'outOfPocketToPreviousIncome',
        operator: 'notEqual',
        value: null,
      },
      {
        fact: 'outOfPocketToPreviousIncome',
        operator: 'greaterThan',
        value: { param: 'expenseSpikeIncomeShare' },
      },
    ],
  },
  message: {
    zh: '本期（{latestMonitoringPeriod}）合规自付支出 {latestOutOfPocket} 元，按期长折算为上期（{previousMonitoringPeriod}）家庭纯收入 {previousNetIncome} 元的 {outOfPocketToPreviousIncomePercent}%',
    en: 'Out-of-pocket spending of {latestOutOfPocket} yuan ({latestMonitoringPeriod}) is {outOfPocketToPreviousIncomePercent}% of the previous period’s net income of {previousNetIncome} yuan ({previousMonitoringPeriod}), for the length of the periods',
  },
  evidence: ['latestMonitoringPeriod'],
});
