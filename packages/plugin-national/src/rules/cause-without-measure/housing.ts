import { defineRule } from '../../authoring.js';

/**
 * A household whose poverty causes include 因安全住房 while its measures
 * lack any of `housingMeasures` (住房安全保障, 易地扶贫搬迁).
 */
export const housingWithoutMeasure = defineRule({
  id: 'national/cause-without-measure/housing',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'housing',
  severity: 'high',
  title: '因安全住房致贫未落实住房安全保障',
  description:
    'A household whose poverty causes include 因安全住房 while its measures lack any of `housingMeasures` (住房安全保障, 易地扶贫搬迁).',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '住房和城乡建设部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因安全住房' },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: { param: 'housingMeasures' },
      },
    ],
  },
  message: {
    zh: '致贫原因为「{povertyCauses}」，帮扶措施为「{measures}」，缺少住房安全保障或易地扶贫搬迁',
    en: 'Poverty causes "{povertyCauses}" include 因安全住房, but the measures "{measures}" lack 住房安全保障 or 易地扶贫搬迁',
  },
});
