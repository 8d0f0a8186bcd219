import { defineRule } from '../../authoring.js';

/**
 * The forestry list shows the member on a ranger contract in force on
 * the reference date, while the registry says 是否生态护林员 is 否: a post
 * held but not entered.
 */
export const forestRangerNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/forest-ranger',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已聘为生态护林员未录入',
  description:
    'The forestry list shows the member on a ranger contract in force on the reference date, while the registry says 是否生态护林员 is 否: a post held but not entered.',
  basis: '《生态扶贫工作方案》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedForestRanger', operator: 'equal', value: true },
      { fact: 'forestRanger', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '林业部门名单显示聘为生态护林员（{listedForestRangerPeriods}），系统中「是否生态护林员」为{forestRanger}',
    en: 'The forestry list shows a ranger contract ({listedForestRangerPeriods}), but the registry has 是否生态护林员 "{forestRanger}"',
  },
});
