import { defineRule } from '../../authoring.js';

/**
 * A member whose disability card has a grade in `disabilitySubsidyGrades`
 * (1 and 2 nationally: severe disability) without the two disability
 * subsidies.
 */
export const disabilitySubsidy = defineRule({
  id: 'national/assistance-not-recorded/disability-subsidy',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'social-assistance',
  severity: 'medium',
  title: '重度残疾人未享受残疾人两项补贴',
  description:
    'A member whose disability card has a grade in `disabilitySubsidyGrades` (1 and 2 nationally: severe disability) without the two disability subsidies.',
  basis:
    '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）；陕脱贫发〔2020〕9号 二（二）',
  department: '残疾人联合会',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        fact: 'disabilityGrade',
        operator: 'in',
        value: { param: 'disabilitySubsidyGrades' },
      },
      { fact: 'disabilitySubsidy', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '持残疾人证，残疾等级为 {disabilityGrade} 级，未享受残疾人两项补贴',
    en: 'Disability card of grade {disabilityGrade}, without the two disability subsidies',
  },
  evidence: ['disabilityGrade'],
});
