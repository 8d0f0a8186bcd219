import { defineRule } from '../../authoring.js';

/**
 * A forest ranger (`forestRanger`) whose age on the reference date is
 * outside `welfareJobAge`, or who cannot work (丧失劳动力, 无劳动力).
 */
export const rangerIneligible = defineRule({
  id: 'national/welfare-job-ineligible/ranger',
  subject: 'member',
  category: 'measure-gap',
  indicator: 'ecology',
  severity: 'medium',
  title: '生态护林员不符合选聘条件',
  description:
    'A forest ranger (`forestRanger`) whose age on the reference date is outside `welfareJobAge`, or who cannot work (丧失劳动力, 无劳动力).',
  basis: '生态护林员选聘条件；陕脱贫发〔2020〕9号 二（二）',
  department: '林业部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'forestRanger', operator: 'equal', value: true },
      {
        any: [
          {
            fact: 'age',
            operator: 'lessThan',
            value: { param: 'welfareJobAge.min' },
          },
          {
            fact: 'age',
            operator: 'greaterThan',
            value: { param: 'welfareJobAge.max' },
          },
          {
            fact: 'labour',
            operator: 'in',
            value: ['丧失劳动力', '无劳动力'],
          },
        ],
      },
    ],
  },
  message: {
    zh: '生态护林员 {age} 周岁，劳动技能为「{labour}」，不符合聘用年龄或劳动能力条件',
    en: 'A forest ranger aged {age} with labour "{labour}" is outside the age limits or cannot work',
  },
});
