import { defineRule } from '../../authoring.js';

/**
 * A household whose net income in its latest monitoring period fell by
 * `incomeDropShare` or more against the period before (a fall of exactly
 * 30 % counts). Periods of different lengths are compared per month, or
 * per day when either is not whole or half calendar months; with the
 * household's size unchanged this is the fall of per-capita income.
 */
export const incomeDropShareRule = defineRule({
  id: 'national/income-drop/share',
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'high',
  title: '收入骤减',
  description:
    "A household whose net income in its latest monitoring period fell by `incomeDropShare` or more against the period before (a fall of exactly 30 % counts). Periods of different lengths are compared per month, or per day when either is not whole or half calendar months; with the household's size unchanged this is the fall of per-capita income.",
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 三（三）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      { fact: 'netIncomeDrop', operator: 'notEqual', value: null },
      {
        fact: 'netIncomeDrop',
        operator: 'greaterThanInclusive',
        value: { param: 'incomeDropShare' },
      },
    ],
  },
  message: {
    zh: '家庭纯收入由上期（{previousMonitoringPeriod}）{previousNetIncome} 元降至本期（{latestMonitoringPeriod}）{latestNetIncome} 元，按期长折算下降 {netIncomeDropPercent}%',
    en: 'Net income fell from {previousNetIncome} yuan ({previousMonitoringPeriod}) to {latestNetIncome} yuan ({latestMonitoringPeriod}), {netIncomeDropPercent}% less for the length of the periods',
  },
  evidence: ['latestMonitoringPeriod'],
});
