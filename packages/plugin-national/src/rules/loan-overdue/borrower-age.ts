import { defineRule } from '../../authoring.js';

/**
 * A microcredit borrower whose age on the loan date is outside
 * `microcreditBorrowerAge` (both ends allowed): from the registry
 * member's birth date or ID number, else from the loan's ID number.
 */
export const borrowerAge = defineRule({
  id: 'national/loan-overdue/borrower-age',
  subject: 'loan',
  category: 'measure-gap',
  indicator: 'credit',
  severity: 'medium',
  title: '扶贫小额信贷借款人年龄不符合条件',
  description:
    "A microcredit borrower whose age on the loan date is outside `microcreditBorrowerAge` (both ends allowed): from the registry member's birth date or ID number, else from the loan's ID number.",
  basis: '银保监发〔2019〕24号 扶贫小额信贷管理；陕脱贫发〔2020〕9号 二（二）',
  department: '银保监部门',
  action: '核实',
  conditions: {
    any: [
      {
        fact: 'borrowerAgeAtLoan',
        operator: 'lessThan',
        value: { param: 'microcreditBorrowerAge.min' },
      },
      {
        fact: 'borrowerAgeAtLoan',
        operator: 'greaterThan',
        value: { param: 'microcreditBorrowerAge.max' },
      },
    ],
  },
  message: {
    zh: '借款人放款日期 {loanDate} 时 {borrowerAgeAtLoan} 周岁，不在 {microcreditBorrowerAge.min}–{microcreditBorrowerAge.max} 周岁之间',
    en: 'The borrower was {borrowerAgeAtLoan} on the loan date {loanDate}, outside {microcreditBorrowerAge.min}–{microcreditBorrowerAge.max}',
  },
});
