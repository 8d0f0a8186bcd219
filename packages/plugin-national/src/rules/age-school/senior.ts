import { defineRule } from '../../authoring.js';

/**
 * A member recorded in senior high or secondary vocational school outside
 * the usual senior ages.
 */
export const seniorAge = defineRule({
  id: 'national/age-school/senior',
  subject: 'member',
  category: 'data-error',
  indicator: 'education',
  severity: 'medium',
  title: '高中阶段在校生年龄异常',
  description:
    'A member recorded in senior high or secondary vocational school outside the usual senior ages.',
  basis: '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'schoolStatus', operator: 'in', value: ['普通高中', '中职'] },
      {
        any: [
          {
            fact: 'age',
            operator: 'lessThan',
            value: { param: 'schoolAgeBands.senior.min' },
          },
          {
            fact: 'age',
            operator: 'greaterThan',
            value: { param: 'schoolAgeBands.senior.max' },
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
