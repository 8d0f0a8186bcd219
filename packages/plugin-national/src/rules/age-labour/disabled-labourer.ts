import { defineRule } from '../../authoring.js';

/**
 * A member with a severe physical disability card (category 4, grade
 * 1 or 2) recorded as an ordinary labourer.
 */
export const disabledLabourer = defineRule({
  id: 'national/age-labour/disabled-labourer',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '重度肢体残疾人登记为普通劳动力',
  description:
    'A member with a severe physical disability card (category 4, grade 1 or 2) recorded as an ordinary labourer.',
  basis:
    'GB/T 26341—2010《残疾人残疾分类和分级》；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'disabilityCategory', operator: 'equal', value: 4 },
      {
        fact: 'disabilityGrade',
        operator: 'in',
        value: { param: 'severeDisabilityGrades' },
      },
      { fact: 'labour', operator: 'equal', value: '普通劳动力' },
    ],
  },
  message: {
    zh: '持肢体残疾 {disabilityGrade} 级残疾人证，劳动技能登记为普通劳动力',
    en: 'Holds a grade {disabilityGrade} physical disability card but is recorded as an ordinary labourer',
  },
  evidence: ['disabilityCard', 'labour'],
});
