import { defineRule } from '../authoring.js';

/**
 * A child of compulsory-school age who is not in school (blank school
 * status, or 失学辍学), unless taught at home or physically unable.
 */
export const dropout = defineRule({
  id: 'national/dropout',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'education',
  severity: 'high',
  title: '义务教育阶段适龄儿童失学辍学',
  description:
    'A child of compulsory-school age who is not in school (blank school status, or 失学辍学), unless taught at home or physically unable.',
  basis: '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）控辍保学',
  department: '教育部门',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        fact: 'age',
        operator: 'greaterThanInclusive',
        value: { param: 'compulsorySchoolAge.min' },
      },
      {
        fact: 'age',
        operator: 'lessThanInclusive',
        value: { param: 'compulsorySchoolAge.max' },
      },
      { fact: 'schoolStatus', operator: 'in', value: [null, '失学辍学'] },
      {
        fact: 'notInSchoolReason',
        operator: 'notIn',
        value: ['送教上门', '因身体原因不具备学习条件'],
      },
    ],
  },
  message: {
    zh: '{age} 周岁，处于义务教育阶段，在校生状况为「{schoolStatus}」，未上学原因为「{notInSchoolReason}」',
    en: 'Aged {age}, of compulsory-school age, school status "{schoolStatus}", reason for not attending "{notInSchoolReason}"',
  },
  evidence: ['schoolStatus'],
});
