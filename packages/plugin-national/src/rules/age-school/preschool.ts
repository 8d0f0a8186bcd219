import { defineRule } from '../../authoring.js';

/**
 * A member recorded as a preschool child, or in preschool education, older
 * than preschool age: a child of compulsory-school age recorded so is out of
 * school without the dropout rule seeing it, so this is high.
 */
export const preschoolAge = defineRule({
  id: 'national/age-school/preschool',
  subject: 'member',
  category: 'data-error',
  indicator: 'education',
  severity: 'high',
  title: '学龄前儿童年龄超出学龄前',
  description:
    'A member recorded as a preschool child, or in preschool education, older than preschool age: a child of compulsory-school age recorded so is out of school without the dropout rule seeing it, so this is high.',
  basis: '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）、四（四）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'schoolStatus',
        operator: 'in',
        value: ['学龄前儿童', '学前教育'],
      },
      {
        fact: 'age',
        operator: 'greaterThan',
        value: { param: 'schoolAgeBands.preschool.max' },
      },
    ],
  },
  message: {
    zh: '{age} 周岁，已过学龄前年龄，在校生状况仍登记为{schoolStatus}',
    en: 'Aged {age}, past preschool age, but the school status is still {schoolStatus}',
  },
  evidence: ['schoolStatus'],
});
