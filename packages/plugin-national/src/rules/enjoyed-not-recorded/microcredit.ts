import { defineRule } from '../../authoring.js';

/**
 * The microcredit list shows a member of the household with a loan
 * outstanding on the reference date, while the household's measures lack
 * 金融帮扶. The comparison is the household's, as measures are.
 */
export const microcreditNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/microcredit',
  subject: 'household',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已获扶贫小额信贷未录入金融帮扶',
  description:
    "The microcredit list shows a member of the household with a loan outstanding on the reference date, while the household's measures lack 金融帮扶. The comparison is the household's, as measures are.",
  basis:
    '《关于创新发展扶贫小额信贷的指导意见》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedLoanOutstanding', operator: 'equal', value: true },
      { fact: 'measures', operator: 'doesNotContain', value: '金融帮扶' },
    ],
  },
  message: {
    zh: '扶贫小额信贷名单显示户内成员有未结清贷款（{listedOutstandingLoans}），户帮扶措施（{measures}）中未录入金融帮扶',
    en: 'The microcredit list shows a member with a loan outstanding ({listedOutstandingLoans}), but the household measures ({measures}) lack 金融帮扶',
  },
});
