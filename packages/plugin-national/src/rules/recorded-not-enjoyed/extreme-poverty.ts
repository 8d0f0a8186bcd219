import { defineRule } from '../../authoring.js';

/**
 * The registry says the member is supported as extremely poor (特困供养),
 * while the civil-affairs list, provided, shows no such support in force
 * on the reference date (账实不符).
 */
export const extremePovertyNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/extreme-poverty',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入特困供养但民政部门名单无在享记录',
  description:
    'The registry says the member is supported as extremely poor (特困供养), while the civil-affairs list, provided, shows no such support in force on the reference date (账实不符).',
  basis:
    '《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '民政部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'extremePoverty', operator: 'equal', value: true },
      { fact: 'listedExtremePoverty', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '系统中「是否特困供养」为{extremePoverty}，民政部门名单未显示在享特困供养（名单中特困供养记录：{listedExtremePovertyPeriods}）',
    en: 'The registry has 是否特困供养 "{extremePoverty}", but the civil-affairs list shows no extreme-poverty support in force (spells on the list: {listedExtremePovertyPeriods})',
  },
});
