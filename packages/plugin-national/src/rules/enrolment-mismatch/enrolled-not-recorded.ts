import { defineRule } from '../../authoring.js';

/**
 * A member whose latest row on the education roll says 在读 while the
 * registry records no school (blank, 学龄前儿童 or 失学辍学; fact
 * `isStudent` false). The registry is the one to correct: a child of
 * compulsory-school age so recorded also raises a `national/dropout`
 * finding that this one explains.
 */
export const enrolledNotRecorded = defineRule({
  id: 'national/enrolment-mismatch/enrolled-not-recorded',
  subject: 'member',
  category: 'data-error',
  indicator: 'education',
  severity: 'medium',
  title: '教育学籍显示在读但未登记为在校生',
  description:
    'A member whose latest row on the education roll says 在读 while the registry records no school (blank, 学龄前儿童 or 失学辍学; fact `isStudent` false). The registry is the one to correct: a child of compulsory-school age so recorded also raises a `national/dropout` finding that this one explains.',
  basis: '陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '教育部门',
  action: '补正',
  conditions: {
    all: [
      { fact: 'educationStatus', operator: 'equal', value: '在读' },
      { fact: 'isStudent', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '教育学籍中学籍状态为「{educationStatus}」（学段「{educationStage}」），在校生状况却登记为「{schoolStatus}」',
    en: 'The education roll says "{educationStatus}" (stage "{educationStage}"), but the school status is "{schoolStatus}"',
  },
  evidence: ['educationStatus', 'schoolStatus'],
});
