import { defineRule } from '../../authoring.js';

/**
 * A household whose poverty causes include 因残 while its measures
 * lack 综合保障 or 健康帮扶.
 */
export const disabilityWithoutMeasure = defineRule({
  id: 'national/cause-without-measure/disability',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'social-assistance',
  severity: 'medium',
  title: '因残致贫未落实综合保障或健康帮扶',
  description:
    'A household whose poverty causes include 因残 while its measures lack 综合保障 or 健康帮扶.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '残疾人联合会',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因残' },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: ['综合保障', '健康帮扶'],
      },
    ],
  },
  message: {
    zh: '致贫原因为「{povertyCauses}」，帮扶措施为「{measures}」，缺少综合保障或健康帮扶',
    en: 'Poverty causes "{povertyCauses}" include 因残, but the measures "{measures}" lack 综合保障 or 健康帮扶',
  },
});
