import { defineRule } from '../../authoring.js';

/** A village that meets the conditions for a bus service but has none. */
export const bus = defineRule({
  id: 'national/village-infrastructure/bus',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '具备条件的建制村未通客车',
  description:
    'A village that meets the conditions for a bus service but has none.',
  basis: '陕脱贫发〔2020〕9号 二（三）通客车',
  department: '交通运输部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'busEligible', operator: 'equal', value: true },
      { fact: 'busService', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '{name}具备通客车条件，但未通客车',
    en: 'Village {name} meets the conditions for a bus service but has none',
  },
});
