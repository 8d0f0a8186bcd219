import { defineRule } from '../../authoring.js';

/**
 * 因病 given as a cause of poverty while no member has a long-term chronic
 * or a serious illness.
 */
export const illnessCause = defineRule({
  id: 'national/cause-contradicts-facts/illness',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '致贫原因为因病但户内无患病成员',
  description:
    '因病 given as a cause of poverty while no member has a long-term chronic or a serious illness.',
  basis: '建档立卡致贫原因填报口径；陕脱贫发〔2020〕9号 四（二）、四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因病' },
      { fact: 'hasIllMember', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '致贫原因「{povertyCauses}」中有因病，但户内无长期慢性病或患有大病的成员',
    en: 'Causes of poverty {povertyCauses} include illness, but no member has a long-term chronic or a serious illness',
  },
});
