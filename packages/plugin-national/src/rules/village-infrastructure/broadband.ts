import { defineRule } from '../../authoring.js';

/** A registered poverty village without broadband. */
export const broadband = defineRule({
  id: 'national/village-infrastructure/broadband',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '贫困村未通宽带',
  description: 'A registered poverty village without broadband.',
  basis: '陕脱贫发〔2020〕9号 二（三）贫困村宽带网络覆盖',
  department: '通信管理部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyVillage', operator: 'equal', value: true },
      { fact: 'broadband', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '{name}为贫困村，未通宽带',
    en: 'Poverty village {name} has no broadband',
  },
});
