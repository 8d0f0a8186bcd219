import type {
  CreditRecord,
  Household,
  ListTables,
  Member,
  RuleCases,
} from '@duibiao/core';
import {
  creditRow,
  dataset,
  family,
  household,
  outsider,
} from '@duibiao/plugin-sdk';

/** The clean family of four; its household records no 金融帮扶. */
const [head, spouse] = family() as [Member, Member, ...Member[]];

/** The clean household with its measures changed, and the lists given. */
function withLists(lists: ListTables, changes: Partial<Household> = {}) {
  return dataset({ household: household(changes), lists });
}

/** The microcredit list with one loan of the head, due 2022-05-09. */
function headLoan(overrides: Partial<CreditRecord> = {}): ListTables {
  return { credit: [creditRow(head, overrides)] };
}

/** The clean household's measures, without 金融帮扶. */
const MEASURES = ['产业帮扶', '就业帮扶', '技能培训'] as const;
/** A loan past due by the reference date. */
const PAST_DUE = { dueDate: '2020-06-01' };

/** Cases of national/enjoyed-not-recorded/microcredit, on 2020-09-30. */
export const microcreditCases: RuleCases = {
  valid: [
    {
      name: 'the household measures record 金融帮扶 for the loan',
      data: withLists(headLoan(), { measures: [...MEASURES, '金融帮扶'] }),
    },
    {
      name: 'a loan due the day before the reference date, repaid, is no longer outstanding',
      data: withLists(headLoan({ dueDate: '2020-09-29' })),
    },
    {
      name: 'a loan past due with 0 yuan overdue and no extension',
      data: withLists(headLoan({ ...PAST_DUE, overdueAmount: 0 })),
    },
    {
      name: 'a loan paid out the day after the reference date is not yet outstanding',
      data: withLists(headLoan({ loanDate: '2020-10-01' })),
    },
    {
      name: 'a list that names only someone of another household shows the family no loan',
      data: withLists({ credit: [creditRow(outsider())] }),
    },
    {
      name: 'blank household measures against an outstanding loan are unknown',
      data: withLists(headLoan(), { measures: undefined }),
      unknown: ['households.measures'],
    },
    {
      name: 'a loan past due with 是否展期 blank is unknown, naming every field the list fact reads',
      data: withLists(headLoan({ ...PAST_DUE, extended: undefined })),
      unknown: [
        'credit.asOf',
        'credit.dueDate',
        'credit.extended',
        'credit.loanDate',
        'credit.overdueAmount',
        'members.idNumber',
      ],
    },
  ],
  invalid: [
    {
      name: 'a loan of the head not yet due while the measures lack 金融帮扶',
      data: withLists(headLoan()),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '扶贫小额信贷名单显示户内成员有未结清贷款（户主 2019-05-10 放款 50000 元，2022-05-09 到期），户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入金融帮扶',
          data: {
            listedOutstandingLoans: [
              '户主 2019-05-10 放款 50000 元，2022-05-09 到期',
            ],
            measures: MEASURES,
          },
        },
      ],
    },
    {
      name: 'a loan of the spouse due on the reference date is still outstanding',
      data: withLists({
        credit: [creditRow(spouse, { dueDate: '2020-09-30' })],
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            listedOutstandingLoans: [
              '配偶 2019-05-10 放款 50000 元，2020-09-30 到期',
            ],
          },
        },
      ],
    },
    {
      name: 'a loan past due with an amount overdue is still outstanding',
      data: withLists(headLoan({ ...PAST_DUE, overdueAmount: 5000 })),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            listedOutstandingLoans: [
              '户主 2019-05-10 放款 50000 元，2020-06-01 到期',
            ],
          },
        },
      ],
    },
    {
      name: 'a loan past due that was extended is still outstanding',
      data: withLists(headLoan({ ...PAST_DUE, extended: true })),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            listedOutstandingLoans: [
              '户主 2019-05-10 放款 50000 元，2020-06-01 到期',
            ],
          },
        },
      ],
    },
  ],
};
