import type { RuleCases } from '@duibiao/core';
import { dataset, HEAD_ID, loan } from '@duibiao/plugin-sdk';

/** The clean household with the given loans of its head. */
function withLoans(...credit: ReturnType<typeof loan>[]) {
  return dataset({ lists: { credit } });
}

/** Cases of national/loan-overdue/overdue, on 2020-09-30. */
export const loanOverdueCases: RuleCases = {
  valid: [
    {
      name: 'a loan repaid on time: 逾期金额 blank, which means nothing is overdue',
      data: withLoans(loan()),
    },
    {
      name: 'a loan with 0 yuan overdue',
      data: withLoans(loan({ overdueAmount: 0 })),
    },
    {
      name: 'a loan 5000 yuan overdue whose term was extended',
      data: withLoans(loan({ overdueAmount: 5000, extended: true })),
    },
    {
      name: 'an overdue loan on a list dated after the reference date is not judged',
      data: withLoans(loan({ overdueAmount: 5000, asOf: '2020-10-08' })),
    },
    {
      name: 'an overdue loan with a blank 是否展期 is unknown',
      data: withLoans(loan({ overdueAmount: 5000, extended: undefined })),
      unknown: ['credit.extended'],
    },
  ],
  invalid: [
    {
      name: 'a loan 5000 yuan overdue and not extended, reported on its borrower',
      data: withLoans(loan({ overdueAmount: 5000 })),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: {
            amount: 30000,
            loanDate: '2018-06-01',
            dueDate: '2020-06-01',
            overdueAmount: 5000,
          },
        },
      ],
    },
    {
      name: 'of two loans only the one with a single yuan overdue is reported',
      data: withLoans(
        loan({ loanDate: '2017-06-01', dueDate: '2019-06-01' }),
        loan({ overdueAmount: 1 }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: { loanDate: '2018-06-01', overdueAmount: 1 },
        },
      ],
    },
  ],
};
