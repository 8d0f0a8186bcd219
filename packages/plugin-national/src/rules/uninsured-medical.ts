import { defineRule } from '../authoring.js';

/**
 * A member in neither resident nor employee basic medical insurance.
 * Newborns younger than `newbornExemptAge` full years are exempt: they are
 * insured with a parent until they can be enrolled themselves.
 */
export const uninsuredMedical = defineRule({
  id: 'national/uninsured-medical',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'medical',
  severity: 'high',
  title: '未参加基本医疗保险',
  description:
    'A member in neither resident nor employee basic medical insurance. Newborns younger than `newbornExemptAge` full years are exempt: they are insured with a parent until they can be enrolled themselves.',
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 二（一）',
  department: '医疗保障部门',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        fact: 'age',
        operator: 'greaterThanInclusive',
        value: { param: 'newbornExemptAge' },
      },
      { fact: 'residentMedical', operator: 'equal', value: false },
      { fact: 'employeeMedical', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '{age} 周岁，未参加城乡居民基本医疗保险，也未参加城镇职工基本医疗保险',
    en: 'Aged {age}, in neither resident nor employee basic medical insurance',
  },
});
