import type { RuleCases } from '@duibiao/core';
import {
  dataset,
  family,
  loan,
  makeIdNumber,
  member,
} from '@duibiao/plugin-sdk';

/** The head of the clean family, born on the given day. */
function head(birthDate: string) {
  return member({ birthDate });
}

/** A loan paid out on 2020-06-14 to a head born on the given day. */
function borrowerBorn(birthDate: string) {
  const borrower = head(birthDate);

  return dataset({
    members: [borrower, ...family().slice(1)],
    lists: {
      credit: [
        loan({
          idNumber: borrower.idNumber,
          loanDate: '2020-06-14',
          dueDate: '2022-06-14',
        }),
      ],
    },
  });
}

/** Someone of no household in the data set, born on 1950-01-01. */
const STRANGER = makeIdNumber('1950-01-01', '女', 20);

/** Cases of national/loan-overdue/borrower-age. */
export const borrowerAgeCases: RuleCases = {
  valid: [
    {
      name: 'a borrower of 65 years and 364 days on the loan date',
      data: borrowerBorn('1954-06-15'),
    },
    {
      name: 'a borrower who turned 18 on the loan date',
      data: borrowerBorn('2002-06-14'),
    },
    {
      name: 'a loan with a blank 放款日期 is unknown',
      data: dataset({ lists: { credit: [loan({ loanDate: undefined })] } }),
      unknown: ['credit.loanDate'],
    },
  ],
  invalid: [
    {
      name: 'a borrower who turned 66 on the loan date',
      data: borrowerBorn('1954-06-14'),
      findings: [
        {
          householdId: 'H001',
          memberId: head('1954-06-14').idNumber,
          data: {
            borrowerAgeAtLoan: 66,
            loanDate: '2020-06-14',
            'microcreditBorrowerAge.min': 18,
            'microcreditBorrowerAge.max': 65,
          },
        },
      ],
    },
    {
      name: 'a borrower one day short of 18 on the loan date',
      data: borrowerBorn('2002-06-15'),
      findings: [
        {
          householdId: 'H001',
          memberId: head('2002-06-15').idNumber,
          data: { borrowerAgeAtLoan: 17 },
        },
      ],
    },
    {
      name: 'a borrower outside the registry, whose age of 70 comes from the loan’s ID number',
      data: dataset({
        lists: {
          credit: [
            loan({ idNumber: STRANGER, name: '赵七', loanDate: '2020-06-14' }),
          ],
        },
      }),
      findings: [
        {
          householdId: null,
          memberId: STRANGER,
          data: { borrowerAgeAtLoan: 70, loanDate: '2020-06-14' },
        },
      ],
    },
  ],
};
