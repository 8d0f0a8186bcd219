import { defineRule } from '../../authoring.js';

/** A village without one electricity meter per household. */
export const meter = defineRule({
  id: 'national/village-infrastructure/meter',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '电力入户未实现一户一表',
  description: 'A village without one electricity meter per household.',
  basis: '陕脱贫发〔2020〕9号 二（三）一户一表',
  department: '供电企业',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'meterPerHousehold', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}电力入户未实现一户一表',
    en: 'Village {name} does not have one electricity meter per household',
  },
});
