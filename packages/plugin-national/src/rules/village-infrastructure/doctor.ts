import { defineRule } from '../../authoring.js';

/** A village without a qualified village doctor. */
export const doctor = defineRule({
  id: 'national/village-infrastructure/doctor',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '村无合格村医',
  description: 'A village without a qualified village doctor.',
  basis:
    '《解决贫困人口基本医疗有保障突出问题工作方案》；陕脱贫发〔2020〕9号 二（三）村卫生室',
  department: '卫生健康部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'qualifiedDoctor', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}无合格村医',
    en: 'Village {name} has no qualified village doctor',
  },
});
