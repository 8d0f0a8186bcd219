import { defineRule } from '../../authoring.js';

/**
 * A member recorded in primary school outside the usual primary ages.
 */
export const primaryAge = defineRule({
  id: 'national/age-school/primary',
  subject: 'member',
  category: 'data-error',
  indicator: 'education',
  severity: 'medium',
  title: '小学在校生年龄异常',
  description:
    'A member recorded in primary school outside the usual primary ages.',
  basis: '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'schoolStatus', operator: 'in', value: ['小学'] },
      {
        any: [
          {
            fact: 'age',
            operator: 'lessThan',
            value: { param: 'schoolAgeBands.primary.min' },
          },
          {
            fact: 'age',
            operator: 'greaterThan',
            value: { param: 'schoolAgeBands.primary.max' },
          },
        ],
      },
    ],
  },
  message: {
    zh: '{age} 周岁，在校生状况登记为{schoolStatus}，不在该学段的通常年龄内',
    en: 'Aged {age}, outside the usual ages of the recorded school status {schoolStatus}',
  },
  evidence: ['schoolStatus'],
});
