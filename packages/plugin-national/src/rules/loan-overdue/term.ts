import { defineRule } from '../../authoring.js';

/**
 * A microcredit loan whose term, 放款日期 to 到期日期, is longer than
 * `microcreditMaxMonths`: due exactly 36 months after the loan date is
 * within the limit, a day later is not (`loanTermMonthsExclusive`).
 */
export const loanTerm = defineRule({
  id: 'national/loan-overdue/term',
  subject: 'loan',
  category: 'measure-gap',
  indicator: 'credit',
  severity: 'medium',
  title: '扶贫小额信贷期限超过上限',
  description:
    'A microcredit loan whose term, 放款日期 to 到期日期, is longer than `microcreditMaxMonths`: due exactly 36 months after the loan date is within the limit, a day later is not (`loanTermMonthsExclusive`).',
  basis: '银保监发〔2019〕24号 扶贫小额信贷管理；陕脱贫发〔2020〕9号 二（二）',
  department: '银保监部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'loanTermMonthsExclusive',
        operator: 'greaterThanInclusive',
        value: { param: 'microcreditMaxMonths' },
      },
    ],
  },
  message: {
    zh: '扶贫小额信贷放款日期 {loanDate}，到期日期 {dueDate}，期限超过 {microcreditMaxMonths} 个月',
    en: 'Microcredit loan paid out {loanDate} and due {dueDate} runs longer than {microcreditMaxMonths} months',
  },
  evidence: ['dueDate'],
});
