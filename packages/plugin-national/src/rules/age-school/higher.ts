import { defineRule } from '../../authoring.js';

/**
 * A member recorded in higher vocational or university education younger
 * than the usual age.
 */
export const higherAge = defineRule({
  id: 'national/age-school/higher',
  subject: 'member',
  category: 'data-error',
  indicator: 'education',
  severity: 'medium',
  title: '高等教育在校生年龄过小',
  description:
    'A member recorded in higher vocational or university education younger than the usual age.',
  basis: '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'schoolStatus',
        operator: 'in',
        value: ['高职高专', '本科及以上'],
      },
      {
        fact: 'age',
        operator: 'lessThan',
        value: { param: 'schoolAgeBands.higher.min' },
      },
    ],
  },
  message: {
    zh: '{age} 周岁，在校生状况登记为{schoolStatus}，低于该学段的通常年龄',
    en: 'Aged {age}, younger than usual for the recorded school status {schoolStatus}',
  },
  evidence: ['schoolStatus'],
});
