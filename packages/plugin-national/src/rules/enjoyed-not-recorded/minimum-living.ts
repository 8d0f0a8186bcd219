import { defineRule } from '../../authoring.js';

/**
 * The civil-affairs list shows the member on the minimum living allowance
 * (低保) on the reference date, while the registry says 是否享受低保 is
 * 否: help received but not entered.
 */
export const minimumLivingNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/minimum-living',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已享受低保未录入',
  description:
    'The civil-affairs list shows the member on the minimum living allowance (低保) on the reference date, while the registry says 是否享受低保 is 否: help received but not entered.',
  basis: '《社会救助暂行办法》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedMinimumLiving', operator: 'equal', value: true },
      { fact: 'minimumLiving', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '民政部门名单显示享受低保（{listedMinimumLivingPeriods}），系统中「是否享受低保」为{minimumLiving}',
    en: 'The civil-affairs list shows the minimum living allowance ({listedMinimumLivingPeriods}), but the registry has 是否享受低保 "{minimumLiving}"',
  },
});
