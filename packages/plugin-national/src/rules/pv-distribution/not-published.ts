import { defineRule } from '../../authoring.js';

/**
 * A village with a photovoltaic poverty-alleviation station whose income
 * distribution is not published.
 */
export const pvNotPublished = defineRule({
  id: 'national/pv-distribution/not-published',
  subject: 'village',
  category: 'measure-gap',
  indicator: 'photovoltaic',
  severity: 'medium',
  title: '光伏扶贫电站收益分配未公示',
  description:
    'A village with a photovoltaic poverty-alleviation station whose income distribution is not published.',
  basis: '《村级光伏扶贫电站收益分配管理办法》；陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'pvStation', operator: 'equal', value: true },
      {
        fact: 'pvDistributionPublished',
        operator: 'equal',
        value: false,
      },
    ],
  },
  message: {
    zh: '{name}有光伏扶贫电站，收益分配未公示',
    en: 'Village {name} has a PV poverty-alleviation station, but its income distribution is not published',
  },
});
