import { defineRule } from '../../authoring.js';

/** A village not reached by an asphalt or cement road. */
export const pavedRoad = defineRule({
  id: 'national/village-infrastructure/paved-road',
  subject: 'village',
  category: 'policy-gap',
  indicator: 'infrastructure',
  severity: 'medium',
  title: '建制村未通硬化路',
  description: 'A village not reached by an asphalt or cement road.',
  basis: '陕脱贫发〔2020〕9号 二（三）通沥青（水泥）路',
  department: '交通运输部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'pavedRoad', operator: 'equal', value: false }],
  },
  message: {
    zh: '{name}未通沥青（水泥）硬化路',
    en: 'Village {name} is not reached by an asphalt or cement road',
  },
});
