import { defineRule } from '../../authoring.js';

/**
 * A household with 综合保障 among its measures whose transfer income is
 * 0: the assistance is not paid or not recorded.
 */
export const assistanceWithoutTransfer = defineRule({
  id: 'national/measure-contradicts-income/assistance',
  subject: 'household',
  category: 'data-error',
  indicator: 'income',
  severity: 'medium',
  title: '有综合保障但无转移性收入',
  description:
    'A household with 综合保障 among its measures whose transfer income is 0: the assistance is not paid or not recorded.',
  basis: '陕脱贫发〔2020〕9号 二（二）低保与特困供养、四（四）',
  department: '民政部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'measures', operator: 'contains', value: '综合保障' },
      { fact: 'transferIncome', operator: 'equal', value: 0 },
    ],
  },
  message: {
    zh: '帮扶措施为{measures}，含综合保障，但转移性收入为 {transferIncome} 元',
    en: 'Measures {measures} include social security, but transfer income is {transferIncome} yuan',
  },
});
