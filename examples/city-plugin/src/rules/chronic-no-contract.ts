import { defineRule } from '../authoring.js';

/**
 * A member with a long-term chronic disease who has no chronic-disease
 * service contract (慢性病签约服务).
 */
export const chronicNoContract = defineRule({
  id: 'xian/chronic-no-contract',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'medical',
  severity: 'medium',
  title: '长期慢性病患者未签约慢性病服务',
  description:
    'A member recorded with a long-term chronic disease (长期慢性病) has no chronic-disease service contract.',
  basis: '陕脱贫发〔2020〕9号 二（一）慢性病签约服务',
  department: '卫健部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'health', operator: 'contains', value: '长期慢性病' },
      { fact: 'chronicDiseaseContract', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '健康状况为「{health}」，未签约慢性病服务',
    en: 'Health "{health}", with no chronic-disease service contract',
  },
});
