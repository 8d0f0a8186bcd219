import { defineRule } from '../../authoring.js';

/**
 * 缺劳力 given as a cause of poverty while most members are ordinary or
 * skilled labourers.
 */
export const labourCause = defineRule({
  id: 'national/cause-contradicts-facts/labour',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '致贫原因为缺劳力但多数成员有劳动能力',
  description:
    '缺劳力 given as a cause of poverty while most members are ordinary or skilled labourers.',
  basis: '建档立卡致贫原因填报口径；陕脱贫发〔2020〕9号 四（二）、四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'povertyCauses', operator: 'contains', value: '缺劳力' },
      {
        fact: 'ableLabourShare',
        operator: 'greaterThan',
        value: { param: 'labourShortageMaxAbleShare' },
      },
    ],
  },
  message: {
    zh: '致贫原因「{povertyCauses}」中有缺劳力，但 {memberCount} 人中有 {ableLabourCount} 人为普通劳动力或技能劳动力，占比 {ableLabourShare}，高于 {labourShortageMaxAbleShare}',
    en: 'Causes of poverty {povertyCauses} include lack of labour, but {ableLabourCount} of {memberCount} members are ordinary or skilled labourers, a share of {ableLabourShare}, above {labourShortageMaxAbleShare}',
  },
});
