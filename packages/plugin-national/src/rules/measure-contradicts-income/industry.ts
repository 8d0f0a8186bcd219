import { defineRule } from '../../authoring.js';

/**
 * A household with 产业帮扶 among its measures whose business income is
 * 0: the project brings no income or its income is not recorded.
 */
export const industryWithoutBusiness = defineRule({
  id: 'national/measure-contradicts-income/industry',
  subject: 'household',
  category: 'data-error',
  indicator: 'income',
  severity: 'medium',
  title: '有产业帮扶但无生产经营性收入',
  description:
    'A household with 产业帮扶 among its measures whose business income is 0: the project brings no income or its income is not recorded.',
  basis: '陕脱贫发〔2020〕9号 二（二）产业扶贫、四（四）',
  department: '农业农村部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'measures', operator: 'contains', value: '产业帮扶' },
      { fact: 'businessIncome', operator: 'equal', value: 0 },
    ],
  },
  message: {
    zh: '帮扶措施为{measures}，含产业帮扶，但生产经营性收入为 {businessIncome} 元',
    en: 'Measures {measures} include industry help, but business income is {businessIncome} yuan',
  },
});
