import { addDays, type CalendarDate } from '@duibiao/core';

import { before } from '../household-traits.js';
import { addRow, sameDayAfter } from '../list-rows.js';
import type { Draft, Intended, Planter, Profile } from '../types.js';
import { addMeasure } from './helpers.js';
import { onRow, removeRows } from './list-helpers.js';
import { type Loan, loanFor } from './microcredit-loan.js';

const LOAN = 'national/loan-overdue';

/**
 * A loan-overdue planter: the household borrows (and records 金融帮扶),
 * and its one loan is broken in one respect, the others within limits.
 */
function loanPlanter(
  item: string,
  borrowers: readonly [number, number],
  breakLoan: (loan: Loan, draft: Draft) => void,
): Planter {
  const ruleId = `${LOAN}/${item}`;

  return {
    ruleId,
    profile(profile: Profile) {
      profile.removed = false;
      profile.needs.push(borrowers);
    },
    plant(draft) {
      addMeasure(draft, '金融帮扶');
      return [];
    },
    lists(draft, rows): Intended[] {
      const [min, max] = borrowers;
      const loan = loanFor(draft, (_, age) => age >= min && age <= max);
      if (!loan) return [];
      breakLoan(loan, draft);
      removeRows(rows, 'credit', () => true);
      addRow(rows, 'credit', loan);

      return [
        onRow(ruleId, `L:${loan.idNumber}:${loan.loanDate}`, loan.idNumber),
      ];
    },
  };
}

/**
 * Planters of microcredit problems: a loan overdue and not extended, too
 * large, for too long, or to a borrower too old.
 */
export const loanPlanters: readonly Planter[] = [
  loanPlanter('overdue', [25, 60], (loan, draft) => {
    // Lent for a year or two, fallen due one to six months ago.
    const months = draft.random.pick([12, 24]);
    const due = before(draft.asOf, draft.random.int(30, 180));
    loan.loanDate = sameDayAfter(due, -months);
    loan.dueDate = due;
    loan.overdueAmount = draft.random.int(1, loan.amount / 1000) * 1000;
  }),
  loanPlanter('amount', [25, 60], (loan, draft) => {
    loan.amount = draft.random.pick([60_000, 80_000, 100_000]);
  }),
  loanPlanter('term', [25, 60], (loan, draft) => {
    loan.dueDate = sameDayAfter(
      loan.loanDate as CalendarDate,
      draft.random.pick([48, 60]),
    );
  }),
  loanPlanter('borrower-age', [68, 80], (loan) => {
    // Lent within the last year to someone 68 or more: over 65 then.
    loan.dueDate = addDays(loan.loanDate, 365) as string;
  }),
];
