import { defineRule } from '../../authoring.js';

/**
 * The civil-affairs list shows the member supported as extremely poor
 * (特困供养) on the reference date, while the registry says 是否特困供养
 * is 否: help received but not entered.
 */
export const extremePovertyNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/extreme-poverty',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已享受特困供养未录入',
  description:
    'The civil-affairs list shows the member supported as extremely poor (特困供养) on the reference date, while the registry says 是否特困供养 is 否: help received but not entered.',
  basis:
    '《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedExtremePoverty', operator: 'equal', value: true },
      { fact: 'extremePoverty', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '民政部门名单显示享受特困供养（{listedExtremePovertyPeriods}），系统中「是否特困供养」为{extremePoverty}',
    en: 'The civil-affairs list shows extreme-poverty support ({listedExtremePovertyPeriods}), but the registry has 是否特困供养 "{extremePoverty}"',
  },
});
