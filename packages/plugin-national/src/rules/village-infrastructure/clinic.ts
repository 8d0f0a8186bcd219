import { defineRule } from '../../authoring.js';

/** A village without a standard clinic. */
export const clinic = defineRule({
  id: 'national/village-infrastructure/clinic',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '村无标准化卫生室',
  description: 'A village without a standard clinic.',
  basis: '陕脱贫发〔2020〕9号 二（三）村标准化卫生室建设',
  department: '卫生健康部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'standardClinic', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}未建成标准化卫生室',
    en: 'Village {name} has no standard clinic',
  },
});
