import { defineRule } from '../../authoring.js';

/**
 * A member whose latest row on the education roll says 辍学 while the
 * registry records a school stage (fact `isStudent`). When the registry
 * also says 失学辍学 the records agree, and `national/dropout` judges the
 * child.
 */
export const droppedOut = defineRule({
  id: 'national/enrolment-mismatch/dropped-out',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'education',
  severity: 'high',
  title: '教育学籍显示辍学但登记为在校生',
  description:
    'A member whose latest row on the education roll says 辍学 while the registry records a school stage (fact `isStudent`). When the registry also says 失学辍学 the records agree, and `national/dropout` judges the child.',
  basis:
    '《中华人民共和国义务教育法》；陕脱贫发〔2020〕9号 二（一）控辍保学、三（一）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'educationStatus', operator: 'equal', value: '辍学' },
      { fact: 'isStudent', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '教育学籍中学籍状态为「{educationStatus}」（学段「{educationStage}」），在校生状况却登记为「{schoolStatus}」',
    en: 'The education roll says "{educationStatus}" (stage "{educationStage}"), but the school status is "{schoolStatus}"',
  },
  evidence: ['educationStatus', 'schoolStatus'],
});
