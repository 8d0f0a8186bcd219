import { LISTS, type ListKey } from '@duibiao/core';

import type { TableReading } from './read-rows.js';

/** How many lines of unmatched rows a report names. */
const LINES = 5;

/** Rows of a list that name no one in the registry. */
export interface UnmatchedRows {
  /** How many rows. */
  count: number;
  /** The lines of the first few, as a spreadsheet numbers them. */
  lines: number[];
}

/**
 * Finds the rows of a department's list or a follow-up table that name
 * no member (by 证件号码) or no household (by 户编号) of the registry.
 * They are kept and checked — a department's list covers everyone in the
 * county, not only registered families, and a loan to someone outside
 * the registry is itself worth a look — but the report counts them, so
 * that none goes unnoticed. A row that names both a household and a
 * person matches when either is known; a blank link matches nothing and
 * is not counted.
 *
 * @param reading - The list, read.
 * @param members - The ID numbers of every member row read (rejected
 * rows included: the person is registered, the row is at fault).
 * @param households - The 户编号 of every household row read.
 * @returns The unmatched rows, or `undefined` when the list is not tied
 * to the registry (projects) or the registry table it names was not
 * given.
 */
export function unmatchedRows(
  reading: TableReading,
  members: ReadonlySet<string> | undefined,
  households: ReadonlySet<string> | undefined,
): UnmatchedRows | undefined {
  const { linkedBy } = LISTS[reading.file.role.key as ListKey];
  if (linkedBy === null) return undefined;
  const known = linkedBy === 'idNumber' ? members : households;
  if (!known) return undefined;

  const lines: number[] = [];
  let count = 0;
  for (const outcome of reading.outcomes) {
    const record = outcome.record;
    if (!record) continue;
    const link = record[linkedBy];
    const person = record.idNumber;
    if (typeof link !== 'string' || known.has(link)) continue;
    // A complaint or census issue may name the person instead.
    if (typeof person === 'string' && members?.has(person)) continue;
    count += 1;
    if (lines.length < LINES) lines.push(outcome.line);
  }

  return { count, lines };
}
