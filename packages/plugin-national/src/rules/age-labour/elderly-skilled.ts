import { defineRule } from '../../authoring.js';

/** A member at or above the age limit for skilled labour recorded as such. */
export const elderlySkilled = defineRule({
  id: 'national/age-labour/elderly-skilled',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '高龄成员登记为技能劳动力',
  description:
    'A member at or above the age limit for skilled labour recorded as such.',
  basis: '建档立卡劳动技能填报口径；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'age',
        operator: 'greaterThanInclusive',
        value: { param: 'skilledLabourMaxAge' },
      },
      { fact: 'labour', operator: 'equal', value: '技能劳动力' },
    ],
  },
  message: {
    zh: '{age} 周岁，已满 {skilledLabourMaxAge} 周岁，劳动技能登记为技能劳动力',
    en: 'Aged {age}, {skilledLabourMaxAge} or more, recorded as a skilled labourer',
  },
  evidence: ['labour'],
});
