import { defineRule } from '../../authoring.js';

/**
 * A 12-digit household region code whose county is not in the region
 * table, or whose township is not where the table lists the townships of
 * the province (a province plugin such as Shaanxi's does).
 */
export const regionCodeUnknown = defineRule({
  id: 'national/id-region/unknown-prefix',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '行政区划代码不存在',
  description:
    "A 12-digit household region code whose county is not in the region table, or whose township is not where the table lists the townships of the province (a province plugin such as Shaanxi's does).",
  basis: '统计用区划代码（12 位）；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'regionPrefixKnown', operator: 'equal', value: false }],
  },
  message: {
    zh: '行政区划代码 {regionCode} 的县级或乡级代码不在区划代码表中',
    en: 'The county or township of region code {regionCode} is not in the region table',
  },
  evidence: ['regionCode'],
});
