import type { CreditRecord, Household, Member, RuleCases } from '@duibiao/core';
import {
  creditRow,
  dataset,
  family,
  household,
  outsider,
} from '@duibiao/plugin-sdk';

/** The clean family of four. */
const [head, spouse] = family() as [Member, Member, ...Member[]];

/** Measures with 金融帮扶. */
const WITH_CREDIT: Household['measures'] = ['产业帮扶', '金融帮扶'];

/** Household H001 with those measures and the microcredit rows given. */
const withLoans = (credit?: CreditRecord[], measures = WITH_CREDIT) =>
  dataset({
    household: household({ measures }),
    ...(credit ? { lists: { credit } } : {}),
  });

/**
 * Cases of national/recorded-not-enjoyed/microcredit, on the reference
 * date 2020-09-30; the default loan is paid out 2019-05-10 and due
 * 2022-05-09.
 */
export const microcreditNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a household with 金融帮扶 whose head has a loan outstanding',
      data: withLoans([creditRow(head)]),
    },
    {
      name: 'a household with 金融帮扶 whose head repaid his loan before the reference date',
      data: withLoans([creditRow(head, { dueDate: '2020-06-01' })]),
    },
    {
      name: 'a household with 金融帮扶 whose loan, the spouse’s, was paid out on the reference date',
      data: withLoans([creditRow(spouse, { loanDate: '2020-09-30' })]),
    },
    {
      name: 'a household without 金融帮扶 is not compared',
      data: withLoans([creditRow(outsider())], ['产业帮扶']),
    },
    {
      name: 'a household with 金融帮扶 while no microcredit list was given is unknown',
      data: withLoans(),
      unknown: ['credit (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a household with 金融帮扶 while the list shows no loan of any member',
      data: withLoans([creditRow(outsider())]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '户帮扶措施（产业帮扶、金融帮扶）含金融帮扶，扶贫小额信贷名单中没有户内成员的贷款记录',
          data: { measures: ['产业帮扶', '金融帮扶'] },
        },
      ],
    },
    {
      name: 'a household whose only loan is paid out the day after the reference date',
      data: withLoans([
        creditRow(head, { loanDate: '2020-10-01', asOf: '2020-09-30' }),
      ]),
      findings: [{ householdId: 'H001', memberId: null }],
    },
  ],
};
