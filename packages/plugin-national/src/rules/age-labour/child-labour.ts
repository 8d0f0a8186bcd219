import { defineRule } from '../../authoring.js';

/** A member under the minimum working age recorded with labour capacity. */
export const childLabour = defineRule({
  id: 'national/age-labour/child-labour',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '未满劳动年龄登记为有劳动能力',
  description:
    'A member under the minimum working age recorded with labour capacity.',
  basis: '《中华人民共和国劳动法》第十五条；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [
      {
        fact: 'age',
        operator: 'lessThan',
        value: { param: 'labourMinAge' },
      },
      {
        fact: 'labour',
        operator: 'in',
        value: ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力'],
      },
    ],
  },
  message: {
    zh: '{age} 周岁，未满 {labourMinAge} 周岁，劳动技能登记为{labour}',
    en: 'Aged {age}, under {labourMinAge}, with labour capacity recorded as {labour}',
  },
  evidence: ['labour'],
});
