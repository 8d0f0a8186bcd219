import { defineRule } from '../../authoring.js';

/**
 * A household whose poverty causes include 因病 while its measures
 * lack 健康帮扶.
 */
export const illnessWithoutMeasure = defineRule({
  id: 'national/cause-without-measure/illness',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'medical',
  severity: 'high',
  title: '因病致贫未落实健康帮扶',
  description:
    'A household whose poverty causes include 因病 while its measures lack 健康帮扶.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '卫生健康部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因病' },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: ['健康帮扶'],
      },
    ],
  },
  message: {
    zh: '致贫原因为「{povertyCauses}」，帮扶措施为「{measures}」，缺少健康帮扶',
    en: 'Poverty causes "{povertyCauses}" include 因病, but the measures "{measures}" lack 健康帮扶',
  },
});
