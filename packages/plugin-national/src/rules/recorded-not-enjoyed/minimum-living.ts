import { defineRule } from '../../authoring.js';

/**
 * The registry says the member receives the minimum living allowance
 * (低保), while the civil-affairs list, provided, shows no 低保 in force
 * on the reference date: the record and the help disagree (账实不符).
 */
export const minimumLivingNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/minimum-living',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入享受低保但民政部门名单无在享记录',
  description:
    'The registry says the member receives the minimum living allowance (低保), while the civil-affairs list, provided, shows no 低保 in force on the reference date: the record and the help disagree (账实不符).',
  basis: '《社会救助暂行办法》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '民政部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'minimumLiving', operator: 'equal', value: true },
      { fact: 'listedMinimumLiving', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '系统中「是否享受低保」为{minimumLiving}，民政部门名单未显示在享低保（名单中低保记录：{listedMinimumLivingPeriods}）',
    en: 'The registry has 是否享受低保 "{minimumLiving}", but the civil-affairs list shows no minimum living allowance in force (spells on the list: {listedMinimumLivingPeriods})',
  },
});
