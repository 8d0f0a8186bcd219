import { defineRule } from '../../authoring.js';

/**
 * The household's measures include 金融帮扶, while the microcredit list,
 * provided, shows no loan paid out to any member on or before the
 * reference date (账实不符). A repaid loan counts: the measure records
 * help received, and the list cannot tell which year's help the registry
 * means.
 */
export const microcreditNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/microcredit',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入金融帮扶但扶贫小额信贷名单无贷款记录',
  description:
    "The household's measures include 金融帮扶, while the microcredit list, provided, shows no loan paid out to any member on or before the reference date (账实不符). A repaid loan counts: the measure records help received, and the list cannot tell which year's help the registry means.",
  basis:
    '《关于创新发展扶贫小额信贷的指导意见》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '银保监部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'measures', operator: 'contains', value: '金融帮扶' },
      { fact: 'listedLoanMade', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '户帮扶措施（{measures}）含金融帮扶，扶贫小额信贷名单中没有户内成员的贷款记录',
    en: 'The household measures ({measures}) include 金融帮扶, but the microcredit list shows no loan to any member',
  },
});
