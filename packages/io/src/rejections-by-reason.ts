import type { Rejection } from './read-result.js';
import { REJECTION_CODES, type RejectionCode } from './rejection-code.js';
import type { TableKey } from './tables.js';

/**
 * Rejected rows of each table counted by their {@link RejectionCode}:
 * `{ members: { 'invalid-date': 7, 'duplicate-key': 5 } }`. A table with
 * no rejected row is left out; each table's codes run from the most
 * rows to the fewest, a tie in the order of {@link REJECTION_CODES}.
 */
export type RejectionsByReason = Partial<
  Record<TableKey, Partial<Record<RejectionCode, number>>>
>;

/**
 * Counts rejected rows by table and code. A row with several problems
 * counts once, under the code of the first (the one its reason names
 * first).
 *
 * @param rejected - Every rejection of a run.
 * @returns The counts; `{}` when nothing was rejected.
 * @example
 * countRejections(read.rejected);
 * // { members: { 'invalid-date': 2, 'no-household': 1 } }
 */
export function countRejections(
  rejected: readonly Rejection[],
): RejectionsByReason {
  const tables = new Map<TableKey, Map<RejectionCode, number>>();
  for (const { table, code } of rejected) {
    const counts = tables.get(table) ?? new Map<RejectionCode, number>();
    counts.set(code, (counts.get(code) ?? 0) + 1);
    tables.set(table, counts);
  }

  const result: RejectionsByReason = {};
  for (const [table, counts] of tables) {
    const ordered = [...counts].sort(
      ([a, x], [b, y]) => y - x || rank(a) - rank(b),
    );
    result[table] = Object.fromEntries(ordered);
  }

  return result;
}

/** A code's place in REJECTION_CODES; one no list names goes last. */
function rank(code: RejectionCode): number {
  const index = REJECTION_CODES.indexOf(code);

  return index < 0 ? REJECTION_CODES.length : index;
}
