import type { RuleCases } from '@duibiao/core';
import { dataset, HEAD_ID, loan } from '@duibiao/plugin-sdk';

/** The clean household with one loan of its head. */
function withLoan(overrides: Parameters<typeof loan>[0]) {
  return dataset({ lists: { credit: [loan(overrides)] } });
}

/** Cases of national/loan-overdue/amount. */
export const loanAmountCases: RuleCases = {
  valid: [
    {
      name: 'a loan of 30 000 yuan',
      data: withLoan({}),
    },
    {
      name: 'a loan of exactly the limit, 50 000 yuan',
      data: withLoan({ amount: 50000 }),
    },
    {
      name: 'a loan with a blank 贷款金额 is unknown',
      data: withLoan({ amount: undefined }),
      unknown: ['credit.amount'],
    },
  ],
  invalid: [
    {
      name: 'a loan one yuan above the limit',
      data: withLoan({ amount: 50001 }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: {
            amount: 50001,
            loanDate: '2018-06-01',
            microcreditMaxAmount: 50000,
          },
        },
      ],
    },
    {
      name: 'a loan of 80 000 yuan',
      data: withLoan({ amount: 80000, loanDate: '2020-03-05' }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: { amount: 80000, loanDate: '2020-03-05' },
        },
      ],
    },
  ],
};
