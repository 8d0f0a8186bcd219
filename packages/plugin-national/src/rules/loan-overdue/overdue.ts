import { defineRule } from '../../authoring.js';

/**
 * A microcredit loan with an amount overdue (逾期金额 above 0) whose term
 * was not extended. A blank 逾期金额 means nothing is overdue; a blank
 * 是否展期 leaves an overdue loan unknown.
 */
export const loanOverdue = defineRule({
  id: 'national/loan-overdue/overdue',
  subject: 'loan',
  category: 'measure-gap',
  indicator: 'credit',
  severity: 'medium',
  title: '扶贫小额信贷逾期未展期',
  description:
    'A microcredit loan with an amount overdue (逾期金额 above 0) whose term was not extended. A blank 逾期金额 means nothing is overdue; a blank 是否展期 leaves an overdue loan unknown.',
  basis: '银保监发〔2019〕24号 扶贫小额信贷管理；陕脱贫发〔2020〕9号 二（二）',
  department: '银保监部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'overdueAmount', operator: 'notEqual', value: null },
      { fact: 'overdueAmount', operator: 'greaterThan', value: 0 },
      { fact: 'extended', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '扶贫小额信贷 {amount} 元（放款日期 {loanDate}，到期日期 {dueDate}）逾期 {overdueAmount} 元，未办理展期',
    en: 'Microcredit loan of {amount} yuan (paid out {loanDate}, due {dueDate}) has {overdueAmount} yuan overdue and was not extended',
  },
});
