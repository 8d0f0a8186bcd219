import { defineRule } from '../../authoring.js';

/**
 * A household whose poverty causes include 因学 while its measures
 * lack 教育帮扶 or 义务教育保障.
 */
export const educationWithoutMeasure = defineRule({
  id: 'national/cause-without-measure/education',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'education',
  severity: 'high',
  title: '因学致贫未落实教育帮扶',
  description:
    'A household whose poverty causes include 因学 while its measures lack 教育帮扶 or 义务教育保障.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '教育部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因学' },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: ['教育帮扶', '义务教育保障'],
      },
    ],
  },
  message: {
    zh: '致贫原因为「{povertyCauses}」，帮扶措施为「{measures}」，缺少教育帮扶或义务教育保障',
    en: 'Poverty causes "{povertyCauses}" include 因学, but the measures "{measures}" lack 教育帮扶 or 义务教育保障',
  },
});
