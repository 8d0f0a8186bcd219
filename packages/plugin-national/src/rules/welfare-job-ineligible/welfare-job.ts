import { defineRule } from '../../authoring.js';

/**
 * A public-welfare job holder (`publicWelfareJob`) whose age on the
 * reference date is outside `welfareJobAge`, or who cannot work
 * (丧失劳动力, 无劳动力).
 */
export const welfareJobIneligible = defineRule({
  id: 'national/welfare-job-ineligible/welfare-job',
  subject: 'member',
  category: 'measure-gap',
  indicator: 'employment',
  severity: 'medium',
  title: '公益岗位人员不符合聘用条件',
  description:
    'A public-welfare job holder (`publicWelfareJob`) whose age on the reference date is outside `welfareJobAge`, or who cannot work (丧失劳动力, 无劳动力).',
  basis: '公益岗位聘用条件；陕脱贫发〔2020〕9号 二（二）',
  department: '人力资源和社会保障部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'publicWelfareJob', operator: 'equal', value: true },
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
    zh: '公益岗位人员 {age} 周岁，劳动技能为「{labour}」，不符合聘用年龄或劳动能力条件',
    en: 'A public-welfare job holder aged {age} with labour "{labour}" is outside the age limits or cannot work',
  },
});
