import { defineRule } from '../../authoring.js';

/** A microcredit loan larger than `microcreditMaxAmount`. */
export const loanAmount = defineRule({
  id: 'national/loan-overdue/amount',
  subject: 'loan',
  category: 'measure-gap',
  indicator: 'credit',
  severity: 'medium',
  title: '扶贫小额信贷金额超过上限',
  description: 'A microcredit loan larger than `microcreditMaxAmount`.',
  basis: '银保监发〔2019〕24号 扶贫小额信贷管理；陕脱贫发〔2020〕9号 二（二）',
  department: '银保监部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'amount',
        operator: 'greaterThan',
        value: { param: 'microcreditMaxAmount' },
      },
    ],
  },
  message: {
    zh: '扶贫小额信贷金额 {amount} 元（放款日期 {loanDate}），超过上限 {microcreditMaxAmount} 元',
    en: 'Microcredit loan of {amount} yuan (paid out {loanDate}) is above the limit of {microcreditMaxAmount} yuan',
  },
  evidence: ['amount'],
});
