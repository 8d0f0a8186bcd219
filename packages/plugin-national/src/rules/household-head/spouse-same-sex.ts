import { defineRule } from '../../authoring.js';

/** A household whose head and a 配偶 are recorded with the same sex. */
export const spouseSameSex = defineRule({
  id: 'national/household-head/spouse-same-sex',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '户主与配偶性别相同',
  description:
    'A household whose head and a 配偶 are recorded with the same sex.',
  basis: '建档立卡家庭成员与户主关系；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [{ fact: 'headSpouseSameSex', operator: 'equal', value: true }],
  },
  message: {
    zh: '户主与配偶的性别登记相同',
    en: 'The head of household and the spouse are recorded with the same sex',
  },
});
