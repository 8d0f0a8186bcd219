import { defineRule } from '../authoring.js';

/**
 * A member in resident basic medical insurance who is not in the
 * serious-illness insurance that goes with it.
 */
export const noSeriousIllnessInsurance = defineRule({
  id: 'national/no-serious-illness-insurance',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'medical',
  severity: 'high',
  title: '参加居民医保未参加大病保险',
  description:
    'A member in resident basic medical insurance who is not in the serious-illness insurance that goes with it.',
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 二（一）',
  department: '医疗保障部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'residentMedical', operator: 'equal', value: true },
      { fact: 'seriousIllnessInsurance', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '已参加城乡居民基本医疗保险，未参加大病保险',
    en: 'In resident basic medical insurance but not in serious-illness insurance',
  },
});
