import { addDays, type CreditRecord, type Member } from '@duibiao/core';

import { before } from '../household-traits.js';
import type { Draft } from '../types.js';
import { listedMember } from './list-helpers.js';

/** A loan row, with the fields a planter breaks always set. */
export type Loan = CreditRecord & {
  idNumber: string;
  amount: number;
  loanDate: string;
  dueDate: string;
};

/**
 * A loan within the microcredit limits to a member who meets a test:
 * 50,000 yuan or less, for 36 months or less, lent a month to a year ago
 * and due after the reference date.
 *
 * @param draft - The household.
 * @param test - Who may borrow.
 * @returns The loan, or `undefined` when nobody may borrow.
 */
export function loanFor(
  draft: Draft,
  test: (member: Member, age: number) => boolean,
): Loan | undefined {
  const borrower = listedMember(draft, test);
  if (!borrower) return undefined;
  const loanDate = before(draft.asOf, draft.random.int(31, 330));

  return {
    idNumber: borrower.idNumber as string,
    name: borrower.name ?? null,
    amount: draft.random.pick([20_000, 30_000, 50_000]),
    loanDate,
    dueDate: addDays(loanDate, 365 * 2) as string,
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: draft.place.lists.asOf.credit,
  };
}
