import { defineRule } from '../../authoring.js';

/** A household with no 户主, or with more than one. */
export const headCountNotOne = defineRule({
  id: 'national/household-head/head-count',
  subject: 'household',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '户主人数不是一人',
  description: 'A household with no 户主, or with more than one.',
  basis: '建档立卡家庭成员与户主关系；陕脱贫发〔2020〕9号 四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'headCount', operator: 'notEqual', value: 1 }],
  },
  message: {
    zh: '户内登记户主 {headCount} 人，应为 1 人',
    en: '{headCount} members are recorded as head of household; there should be one',
  },
  evidence: ['headCount'],
});
