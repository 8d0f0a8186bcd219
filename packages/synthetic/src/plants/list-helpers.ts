import type { CalendarDate, ListKey, ListRecords, Member } from '@duibiao/core';

import { ageOf } from '../assistance.js';
import { before } from '../household-traits.js';
import type { ListRows } from '../list-rows.js';
import type { Draft, Intended } from '../types.js';

/**
 * A member's rows of a list.
 *
 * @param rows - The household's lists.
 * @param key - Which list.
 * @param member - The member.
 * @returns The rows whose 证件号码 is the member's.
 */
export function rowsOf<K extends ListKey>(
  rows: ListRows,
  key: K,
  member: Member,
): ListRecords[K][] {
  const list = (rows[key] ?? []) as (ListRecords[K] & { idNumber?: string })[];

  return list.filter((row) => row.idNumber === member.idNumber);
}

/**
 * Takes rows out of a list.
 *
 * @param rows - The household's lists.
 * @param key - Which list.
 * @param drop - Which rows to take out.
 */
export function removeRows<K extends ListKey>(
  rows: ListRows,
  key: K,
  drop: (row: ListRecords[K]) => boolean,
): void {
  const list = (rows[key] ?? []) as ListRecords[K][];
  (rows as Record<K, ListRecords[K][]>)[key] = list.filter((row) => !drop(row));
}

/**
 * A member of the household who is on the lists and not the second
 * registration of an id-duplicate pair, meeting a test.
 *
 * @param draft - The household.
 * @param test - What the member must be.
 * @returns The member, chosen at random, or `undefined`.
 */
export function listedMember(
  draft: Draft,
  test: (member: Member, age: number) => boolean,
): Member | undefined {
  const fits = draft.members.filter(
    (m) => m !== draft.copied && m.idNumber && test(m, ageOf(m, draft)),
  );

  return fits.length === 0 ? undefined : draft.random.pick(fits);
}

/**
 * A day some time before the reference date, for the end of a spell
 * that is over.
 *
 * @param draft - The household.
 * @returns `YYYY-MM-DD`, 20 to 200 days back.
 */
export function lately(draft: Draft): CalendarDate {
  return before(draft.asOf, draft.random.int(20, 200));
}

/**
 * The finding a rule of a loan, complaint, census issue or spot check
 * should report: its place is the row's household, and the member its
 * row names.
 *
 * @param ruleId - The rule.
 * @param subject - The subject's key (`L:…`, `C:…`, `I:…`, `S:…`).
 * @param memberId - The ID number the row names, if any.
 * @returns The intended finding.
 */
export function onRow(
  ruleId: string,
  subject: string,
  memberId: string | null | undefined,
): Intended {
  return { ruleId, memberId: memberId ?? null, subject };
}
