import type {
  CalendarDate,
  CreditRecord,
  FactContext,
  Member,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import {
  distinct,
  entries,
  isOnOrBefore,
  rowsOf,
  someEntry,
} from './list-entries.js';
import { and, some } from './three-valued.js';

/**
 * Facts from the microcredit list (扶贫小额信贷) for the microcredit items
 * of enjoyed-not-recorded and recorded-not-enjoyed. The comparison is the
 * household's, since 金融帮扶 is a measure of the household: a loan of any
 * member counts. A loan is an entry by its pay-out day (see
 * list-entries.ts), and the facts are unknown when the list is absent.
 */

/** How a loan's message names a borrower whose relation is blank. */
const MEMBER = '成员';

const CREDIT_INPUTS = [
  'credit.loanDate',
  'credit.dueDate',
  'credit.extended',
  'credit.overdueAmount',
  'credit.asOf',
  'members.idNumber',
];

const loanOf = (row: CreditRecord) => row.loanDate ?? '';

/**
 * Whether a loan is outstanding on a day: paid out on or before it, and
 * not yet due, extended, or with an amount overdue.
 */
function isOutstanding(
  row: CreditRecord,
  day: CalendarDate,
): boolean | undefined {
  const open = some(
    [isOnOrBefore(day, row.dueDate), row.extended, isOverdue(row)],
    (answer) => answer,
  );

  return and(isOnOrBefore(row.loanDate, day), open);
}

/** Whether a loan has an amount overdue; a blank 逾期金额 is none. */
function isOverdue(row: CreditRecord): boolean | undefined {
  if (row.overdueAmount === null) return false;
  if (row.overdueAmount === undefined) return undefined;

  return row.overdueAmount > 0;
}

/** Whether some member of a household has a loan that passes a test. */
function someMemberLoan(
  members: readonly Member[],
  context: FactContext,
  test: (row: CreditRecord) => boolean | undefined,
): boolean | undefined {
  return some(members, (member) => {
    const rows = rowsOf('credit', member, context);

    return rows && someEntry(rows, loanOf, test);
  });
}

/** A loan as text for messages: who borrowed, when, how much, when due. */
function loanText(member: Member, row: CreditRecord): string {
  const who = member.relation ?? MEMBER;
  const amount = row.amount === undefined ? '' : ` ${row.amount} 元`;
  const due = row.dueDate ? `，${row.dueDate} 到期` : '';

  return `${who} ${row.loanDate ?? '日期不详'} 放款${amount}${due}`;
}

/** The microcredit facts of a household; see the module comment. */
export const departmentLoanFacts = [
  defineFact({
    name: 'listedLoanOutstanding',
    subject: 'household',
    type: 'boolean',
    description:
      'Whether the microcredit list shows a member of the household with a loan outstanding on the reference date (paid out on or before it; not yet due, extended, or overdue); false when it shows none.',
    inputs: CREDIT_INPUTS,
    compute: ({ members }, context) =>
      someMemberLoan(members, context, (row) =>
        isOutstanding(row, context.asOf),
      ),
  }),
  defineFact({
    name: 'listedLoanMade',
    subject: 'household',
    type: 'boolean',
    description:
      'Whether the microcredit list shows a member of the household with a loan paid out on or before the reference date, repaid or not; false when it shows none.',
    inputs: ['credit.loanDate', 'credit.asOf', 'members.idNumber'],
    compute: ({ members }, context) =>
      someMemberLoan(members, context, (row) =>
        isOnOrBefore(row.loanDate, context.asOf),
      ),
  }),
  defineFact({
    name: 'listedOutstandingLoans',
    subject: 'household',
    type: 'list',
    description:
      'The loans outstanding on the reference date that the microcredit list shows for members of the household, as text for messages (户主 2019-05-10 放款 50000 元，2022-05-09 到期).',
    inputs: [...CREDIT_INPUTS, 'credit.amount', 'members.relation'],
    compute: ({ members }, context) =>
      distinct(
        members.flatMap((member) =>
          entries(rowsOf('credit', member, context) ?? [], loanOf)
            .flat()
            .filter((row) => isOutstanding(row, context.asOf) === true)
            .map((row) => loanText(member, row)),
        ),
      ),
  }),
] as const;
