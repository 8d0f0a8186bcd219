import { defineRule } from '../../authoring.js';

/**
 * A declared per-capita net income that differs from net income divided
 * by the members in the members table by more than the tolerance. High:
 * the poverty and monitoring lines are compared with this figure.
 */
export const perCapitaArithmetic = defineRule({
  id: 'national/income-arithmetic/per-capita',
  subject: 'household',
  category: 'data-error',
  indicator: 'income',
  severity: 'high',
  title: '人均纯收入与家庭纯收入不符',
  description:
    'A declared per-capita net income that differs from net income divided by the members in the members table by more than the tolerance. High: the poverty and monitoring lines are compared with this figure.',
  basis: '建档立卡家庭纯收入核算口径；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [
      {
        fact: 'perCapitaGap',
        operator: 'greaterThan',
        value: { param: 'incomeTolerance' },
      },
    ],
  },
  message: {
    zh: '人均纯收入登记为 {perCapitaNetIncome} 元，按家庭纯收入 {netIncome} 元除以 {memberCount} 人计算为 {perCapitaFromNet} 元，相差 {perCapitaGap} 元，超过 {incomeTolerance} 元',
    en: 'Declared per-capita net income {perCapitaNetIncome} yuan; net income {netIncome} yuan over {memberCount} members gives {perCapitaFromNet} yuan, {perCapitaGap} yuan apart (more than {incomeTolerance})',
  },
  evidence: ['incomeYear'],
});
