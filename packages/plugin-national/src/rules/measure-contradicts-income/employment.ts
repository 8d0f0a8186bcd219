import { defineRule } from '../../authoring.js';

/**
 * A household with 就业帮扶 or 公益岗位 among its measures whose wage
 * income is 0: the job is not real or its pay is not recorded.
 */
export const employmentWithoutWage = defineRule({
  id: 'national/measure-contradicts-income/employment',
  subject: 'household',
  category: 'data-error',
  indicator: 'income',
  severity: 'medium',
  title: '有就业帮扶或公益岗位但无工资性收入',
  description:
    'A household with 就业帮扶 or 公益岗位 among its measures whose wage income is 0: the job is not real or its pay is not recorded.',
  basis: '陕脱贫发〔2020〕9号 二（二）就业扶贫、四（四）',
  department: '人力资源和社会保障部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'measures',
        operator: 'containsAny',
        value: ['就业帮扶', '公益岗位'],
      },
      { fact: 'wageIncome', operator: 'equal', value: 0 },
    ],
  },
  message: {
    zh: '帮扶措施为{measures}，含就业帮扶或公益岗位，但工资性收入为 {wageIncome} 元',
    en: 'Measures {measures} include employment help or a public-welfare job, but wage income is {wageIncome} yuan',
  },
});
