import { defineRule } from '../../authoring.js';

/** A village without industrial (three-phase) power. */
export const industrialPower = defineRule({
  id: 'national/village-infrastructure/industrial-power',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '建制村未通动力电',
  description: 'A village without industrial (three-phase) power.',
  basis: '陕脱贫发〔2020〕9号 二（三）通动力电',
  department: '供电企业',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'industrialPower', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}未通动力电',
    en: 'Village {name} has no industrial power',
  },
});
