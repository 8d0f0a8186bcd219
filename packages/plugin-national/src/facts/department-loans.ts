import type {
  CalendarDate,
  CreditRecord,
  FactContext,
  FactSql,
  FactSqlContext,
  Member,
  RelatedRows,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { daySpanSql } from './date-spans-sql.js';
import {
  distinct,
  entries,
  isOnOrBefore,
  rowsOf,
  someEntry,
} from './list-entries.js';
import {
  asOfSpanSql,
  onOrBeforeSql,
  someEntryParts,
} from './list-entries-sql.js';
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

/** `isOutstanding` in SQL. */
function isOutstandingSql(q: FactSqlContext, rows: RelatedRows): string {
  const day = asOfSpanSql(q);
  const overdue = rows.column('overdueAmount');
  const isOverdue = `(CASE WHEN ${overdue.none ?? 'FALSE'} THEN FALSE ELSE ${overdue.value} > 0 END)`;
  const open =
    `(${onOrBeforeSql(day, daySpanSql(q, rows.column('dueDate').value))}` +
    ` OR ${rows.column('extended').value} OR ${isOverdue})`;

  return `(${loanMadeSql(q, rows)} AND ${open})`;
}

/** Whether a loan was paid out on or before the reference date, in SQL. */
function loanMadeSql(q: FactSqlContext, rows: RelatedRows): string {
  return onOrBeforeSql(
    daySpanSql(q, rows.column('loanDate').value),
    asOfSpanSql(q),
  );
}

/**
 * `someMemberLoan` in SQL: the household's rows of the list are its
 * members' (by 证件号码), an entry is a person's loan by pay-out day, and
 * a member without an ID number leaves "no loan" unknown.
 */
function someMemberLoanSql(
  q: FactSqlContext,
  test: (rows: RelatedRows) => string,
): FactSql {
  const { someTrue, allFalse } = someEntryParts(
    q,
    {
      list: 'credit',
      entry: (rows) => [
        rows.column('idNumber').value,
        rows.column('loanDate').value,
      ],
    },
    test,
  );
  const members = q.related('members');
  const unread = `EXISTS (SELECT 1 FROM ${members.from} WHERE ${members.where} AND ${members.column('idNumber').value} IS NULL)`;

  return {
    value:
      `(CASE WHEN ${someTrue} THEN TRUE WHEN ${unread} THEN NULL` +
      ` WHEN ${allFalse} THEN FALSE END)`,
  };
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
    sql: (q) => someMemberLoanSql(q, (rows) => isOutstandingSql(q, rows)),
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
    sql: (q) => someMemberLoanSql(q, (rows) => loanMadeSql(q, rows)),
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
