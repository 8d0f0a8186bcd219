import { defineRule } from '../../authoring.js';

/** A village whose roads have no upkeep arranged. */
export const roadMaintenance = defineRule({
  id: 'national/village-infrastructure/road-maintenance',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '村组道路未落实管护',
  description: 'A village whose roads have no upkeep arranged.',
  basis: '陕脱贫发〔2020〕9号 二（三）村组道路管护',
  department: '交通运输部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'roadMaintenance', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}村组道路未落实管护',
    en: 'Village {name} has no upkeep arranged for its roads',
  },
});
