import { defineRule } from '../authoring.js';

/**
 * A member recorded in both resident and employee basic medical
 * insurance: one person is insured in one scheme only.
 */
export const bothInsured = defineRule({
  id: 'national/both-insured',
  subject: 'member',
  category: 'data-error',
  indicator: 'medical',
  severity: 'low',
  title: '重复参加城乡居民和城镇职工基本医疗保险',
  description:
    'A member recorded in both resident and employee basic medical insurance: one person is insured in one scheme only.',
  basis:
    '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '医疗保障部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'residentMedical', operator: 'equal', value: true },
      { fact: 'employeeMedical', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '同时登记参加城乡居民基本医疗保险和城镇职工基本医疗保险',
    en: 'Recorded in both resident and employee basic medical insurance',
  },
});
