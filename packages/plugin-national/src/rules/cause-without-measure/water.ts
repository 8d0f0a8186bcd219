import { defineRule } from '../../authoring.js';

/**
 * A household whose poverty causes include 因安全饮水 while its measures
 * lack 饮水安全保障.
 */
export const waterWithoutMeasure = defineRule({
  id: 'national/cause-without-measure/water',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'water',
  severity: 'high',
  title: '因安全饮水致贫未落实饮水安全保障',
  description:
    'A household whose poverty causes include 因安全饮水 while its measures lack 饮水安全保障.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '水利部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因安全饮水' },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: ['饮水安全保障'],
      },
    ],
  },
  message: {
    zh: '致贫原因为「{povertyCauses}」，帮扶措施为「{measures}」，缺少饮水安全保障',
    en: 'Poverty causes "{povertyCauses}" include 因安全饮水, but the measures "{measures}" lack 饮水安全保障',
  },
});
