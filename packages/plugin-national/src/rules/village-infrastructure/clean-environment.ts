import { defineRule } from '../../authoring.js';

/** A village whose living environment is not clean and tidy. */
export const cleanEnvironment = defineRule({
  id: 'national/village-infrastructure/clean-environment',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '人居环境不干净整洁',
  description: 'A village whose living environment is not clean and tidy.',
  basis: '陕脱贫发〔2020〕9号 二（三）人居环境干净整洁',
  department: '农业农村部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'cleanEnvironment', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}人居环境未达到干净整洁',
    en: 'The living environment of village {name} is not clean and tidy',
  },
});
