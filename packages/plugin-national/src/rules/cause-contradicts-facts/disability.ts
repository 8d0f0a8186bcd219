import { defineRule } from '../../authoring.js';

/** 因残 given as a cause of poverty while no member is disabled. */
export const disabilityCause = defineRule({
  id: 'national/cause-contradicts-facts/disability',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '致贫原因为因残但户内无残疾人',
  description: '因残 given as a cause of poverty while no member is disabled.',
  basis: '建档立卡致贫原因填报口径；陕脱贫发〔2020〕9号 四（二）、四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '因残' },
      { fact: 'hasDisabledMember', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '致贫原因「{povertyCauses}」中有因残，但户内无残疾成员（健康状况均无残疾，且无残疾人证）',
    en: 'Causes of poverty {povertyCauses} include disability, but no member is disabled or holds a disability card',
  },
});
