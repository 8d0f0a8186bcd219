import { defineRule } from '../../authoring.js';

/** A household region code that is not 12 digits. */
export const regionCodeFormat = defineRule({
  id: 'national/id-region/format',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '行政区划代码格式错误',
  description: 'A household region code that is not 12 digits.',
  basis: '统计用区划代码（12 位）；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'regionCodeWellFormed', operator: 'equal', value: false }],
  },
  message: {
    zh: '行政区划代码 {regionCode} 不是 12 位数字',
    en: 'Region code {regionCode} is not 12 digits',
  },
  evidence: ['regionCode'],
});
