import { defineRule } from '../../authoring.js';

/**
 * A member the registry puts in primary or secondary school (a stage of
 * `enrolmentListStages`) whom the education department's roll does not
 * list at all. Unknown when no education list was provided.
 */
export const notOnRoll = defineRule({
  id: 'national/enrolment-mismatch/not-on-roll',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'education',
  severity: 'high',
  title: '登记为在校生但教育学籍无该生',
  description:
    "A member the registry puts in primary or secondary school (a stage of `enrolmentListStages`) whom the education department's roll does not list at all. Unknown when no education list was provided.",
  basis: '陕脱贫发〔2020〕9号 二（一）控辍保学、三（一）、四（四）',
  department: '教育部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'schoolStatus',
        operator: 'in',
        value: { param: 'enrolmentListStages' },
      },
      { fact: 'onEducationList', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '在校生状况登记为「{schoolStatus}」，教育学籍中没有该生的学籍记录',
    en: 'School status "{schoolStatus}", but the education roll has no row for the member',
  },
  evidence: ['schoolStatus'],
});
