import { defineRule } from '../../authoring.js';

/**
 * A member whose relation to the head implies a sex (之女 女, 之父 男 …)
 * other than the recorded 性别.
 */
export const relationSexMismatch = defineRule({
  id: 'national/household-head/relation-sex',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '与户主关系与性别矛盾',
  description:
    'A member whose relation to the head implies a sex (之女 女, 之父 男 …) other than the recorded 性别.',
  basis: '建档立卡家庭成员与户主关系；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    any: [
      {
        all: [
          { fact: 'relationSex', operator: 'equal', value: '男' },
          { fact: 'sex', operator: 'equal', value: '女' },
        ],
      },
      {
        all: [
          { fact: 'relationSex', operator: 'equal', value: '女' },
          { fact: 'sex', operator: 'equal', value: '男' },
        ],
      },
    ],
  },
  message: {
    zh: '与户主关系为{relation}（应为{relationSex}性），性别登记为{sex}',
    en: 'Relation to the head is {relation} ({relationSex}), but the recorded sex is {sex}',
  },
  evidence: ['relation', 'sex'],
});
