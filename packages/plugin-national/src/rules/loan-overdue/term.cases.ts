import type { RuleCases } from '@duibiao/core';
import { dataset, HEAD_ID, loan } from '@duibiao/plugin-sdk';

/** The clean household with one loan of its head over the given days. */
function withTerm(loanDate: string | undefined, dueDate: string | undefined) {
  return dataset({ lists: { credit: [loan({ loanDate, dueDate })] } });
}

/** Cases of national/loan-overdue/term. */
export const loanTermCases: RuleCases = {
  valid: [
    {
      name: 'a loan due exactly 36 months after it was paid out',
      data: withTerm('2019-03-01', '2022-03-01'),
    },
    {
      name: 'a loan of 2017-03-31 due 2020-03-01: 35 months end on 2020-02-29, so the term is 35 months and a day',
      data: withTerm('2017-03-31', '2020-03-01'),
    },
    {
      name: 'a loan due some day of 2022-03, 35 months and some days or over 36 months, is unknown',
      data: withTerm('2019-03-01', '2022-03'),
      unknown: ['credit.loanDate', 'credit.dueDate'],
    },
    {
      name: 'a loan due before it was paid out is unknown, not short',
      data: withTerm('2019-03-01', '2018-03-01'),
      unknown: ['credit.loanDate', 'credit.dueDate'],
    },
    {
      name: 'a loan with a blank 到期日期 is unknown',
      data: withTerm('2019-03-01', undefined),
      unknown: ['credit.dueDate'],
    },
  ],
  invalid: [
    {
      name: 'a loan due 36 months and one day after it was paid out',
      data: withTerm('2019-03-01', '2022-03-02'),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: {
            loanDate: '2019-03-01',
            dueDate: '2022-03-02',
            microcreditMaxMonths: 36,
          },
        },
      ],
    },
    {
      name: 'a loan of 2017-03-31 due 2020-04-01, a day past 36 months',
      data: withTerm('2017-03-31', '2020-04-01'),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: { loanDate: '2017-03-31', dueDate: '2020-04-01' },
        },
      ],
    },
  ],
};
