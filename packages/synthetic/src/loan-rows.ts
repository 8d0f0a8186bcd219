import { addDays, type CalendarDate } from '@duibiao/core';

import { ageOf } from './assistance.js';
import { sameDayAfter } from './list-rows.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';

/** Loan amounts, yuan: most families borrow the full 50,000. */
const AMOUNTS = [
  [50_000, 6],
  [30_000, 2],
  [20_000, 1],
  [10_000, 1],
] as const;

/**
 * A household with 金融帮扶 has one poverty-alleviation microcredit loan,
 * lent to a member aged 20 to 60, within the amount and term allowed,
 * due after the reference date and not overdue.
 */
export function loanRow(draft: Draft, random: Random) {
  if (!draft.household.measures?.includes('金融帮扶')) return undefined;
  const { asOf } = draft;
  // A member registered in two households borrows in neither: the
  // loan would then be the other household's too.
  const aged = (min: number, max: number) =>
    draft.members.filter((m) => {
      const age = ageOf(m, draft);
      const twice = m === draft.copied || m === draft.shared;
      return !twice && m.idNumber && age >= min && age <= max;
    });
  const borrowers = aged(22, 60);
  const borrower =
    borrowers.find((m) => m.relation === '户主') ??
    (borrowers.length > 0 ? random.pick(borrowers) : undefined) ??
    aged(19, 65)[0];
  if (!borrower) return undefined;

  // Lent at least a month ago and due at least a month from now; a
  // borrower past 60 or under 22 borrowed lately, so that the age on the
  // loan date is within 18 to 65.
  const recent = !borrowers.includes(borrower);
  const months = recent
    ? 12
    : random.weighted([
        [36, 6],
        [24, 2],
        [12, 1],
      ] as const);
  const days = recent ? 60 : Math.min(700, months * 30 - 40);
  const loanDate = addDays(asOf, -random.int(31, days)) as CalendarDate;

  return {
    idNumber: borrower.idNumber as string,
    name: borrower.name ?? null,
    amount: random.weighted(AMOUNTS),
    loanDate,
    dueDate: sameDayAfter(loanDate, months),
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: draft.place.lists.asOf.credit,
  };
}
