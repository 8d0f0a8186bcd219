import { defineRule } from '../../authoring.js';

/**
 * The registry says the member is an ecological forest ranger, while the
 * forestry list, provided, shows no ranger contract in force on the
 * reference date (账实不符).
 */
export const forestRangerNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/forest-ranger',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入生态护林员但林业部门名单无在聘记录',
  description:
    'The registry says the member is an ecological forest ranger, while the forestry list, provided, shows no ranger contract in force on the reference date (账实不符).',
  basis: '《生态扶贫工作方案》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '林业部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'forestRanger', operator: 'equal', value: true },
      { fact: 'listedForestRanger', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '系统中「是否生态护林员」为{forestRanger}，林业部门名单未显示在聘生态护林员（名单中聘用记录：{listedForestRangerPeriods}）',
    en: 'The registry has 是否生态护林员 "{forestRanger}", but the forestry list shows no ranger contract in force (contracts on the list: {listedForestRangerPeriods})',
  },
});
