import {
  ageRangeOn,
  type CalendarDate,
  type LoanSubject,
  type NumberRange,
  numberOrRange,
  readIdNumber,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { memberAge } from './age.js';
import { borrowerAgeSql } from './borrower-age-sql.js';
import { loanTermMonthsSql } from './loan-term-sql.js';
import {
  firstDay,
  highest,
  lastDay,
  lowest,
  monthsBeforeDay,
} from './date-spans.js';

/**
 * The borrower's full years of age on the loan date: from the registry
 * member's 出生日期 or ID number when the borrower is in the registry,
 * else from the birth date the loan's own ID number encodes. A loan date
 * known only to the month gives a range over its days.
 *
 * @param subject - The loan and its borrower.
 * @returns Whole years, a range, or `undefined` when unknown.
 */
export function borrowerAgeAtLoan(
  subject: LoanSubject,
): number | NumberRange | undefined {
  const { loan, member } = subject;
  if (loan.loanDate === undefined) return undefined;

  const first = firstDay(loan.loanDate);
  const last = lastDay(loan.loanDate);
  if (!first || !last) return undefined;

  const at = (on: CalendarDate) =>
    member ? memberAge(member, on) : idAge(loan.idNumber, on);
  const youngest = at(first);
  const oldest = first === last ? youngest : at(last);
  if (youngest === undefined || oldest === undefined) return undefined;

  return numberOrRange(lowest(youngest), highest(oldest));
}

function idAge(
  idNumber: string | undefined,
  on: CalendarDate,
): number | NumberRange | undefined {
  const info = idNumber ? readIdNumber(idNumber) : undefined;
  if (!info?.checksumValid || !info.birthDate) return undefined;

  return ageRangeOn(info.birthDate, on);
}

/**
 * A count that may not be negative: a due date before the loan date is a
 * wrong record, so the term is unknown rather than short.
 */
function nonNegative(
  months: number | NumberRange | undefined,
): number | NumberRange | undefined {
  return months === undefined || lowest(months) < 0 ? undefined : months;
}

/** Facts about a loan of the microcredit list (扶贫小额信贷). */
export const loanFacts = [
  defineFact({
    name: 'borrowerAgeAtLoan',
    subject: 'loan',
    type: 'number',
    description:
      'Full years of age of the borrower on 放款日期, from the registry member’s birth date or ID number, else from the loan’s ID number.',
    inputs: [
      'credit.loanDate',
      'credit.idNumber',
      'members.birthDate',
      'members.idNumber',
    ],
    compute: (subject) => borrowerAgeAtLoan(subject),
    sql: borrowerAgeSql,
  }),
  defineFact({
    name: 'loanTermMonthsExclusive',
    subject: 'loan',
    type: 'number',
    description:
      'Whole months from 放款日期 to the day before 到期日期: a term longer than N months is this ≥ N.',
    inputs: ['credit.loanDate', 'credit.dueDate'],
    compute: ({ loan }) =>
      loan.loanDate === undefined || loan.dueDate === undefined
        ? undefined
        : nonNegative(monthsBeforeDay(loan.loanDate, loan.dueDate)),
    sql: loanTermMonthsSql,
  }),
] as const;
