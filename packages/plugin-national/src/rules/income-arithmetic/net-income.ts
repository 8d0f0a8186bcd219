import { defineRule } from '../../authoring.js';

/**
 * A declared net income that differs from wage + business + property +
 * transfer income − business expense by more than the tolerance. High:
 * the income assurance is judged on these figures.
 */
export const netIncomeArithmetic = defineRule({
  id: 'national/income-arithmetic/net-income',
  subject: 'household',
  category: 'data-error',
  indicator: 'income',
  severity: 'high',
  title: '家庭纯收入与分项收入不符',
  description:
    'A declared net income that differs from wage + business + property + transfer income − business expense by more than the tolerance. High: the income assurance is judged on these figures.',
  basis: '建档立卡家庭纯收入核算口径；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [
      {
        fact: 'netIncomeGap',
        operator: 'greaterThan',
        value: { param: 'incomeTolerance' },
      },
    ],
  },
  message: {
    zh: '家庭纯收入登记为 {netIncome} 元，按各项收入减生产经营性支出计算为 {itemisedNetIncome} 元，相差 {netIncomeGap} 元，超过 {incomeTolerance} 元',
    en: 'Declared net income {netIncome} yuan; income items less business expense give {itemisedNetIncome} yuan, {netIncomeGap} yuan apart (more than {incomeTolerance})',
  },
  evidence: ['incomeYear'],
});
