import type { FieldMap, TableSpec } from '@duibiao/core';

import { keyText, linkProblem } from './cross-rows.js';
import {
  type ProblemList,
  type RequestTable,
  shortText,
} from './input-problem.js';
import { readRow } from './read-row.js';

/** How the rows of a table relate to each other and to other tables. */
export interface TableOptions {
  /**
   * Whether a second row with the key of an earlier one is a problem,
   * as the file readers reject it: true for households and villages,
   * false for members (an ID number held twice is a finding).
   */
  unique: boolean;
  /**
   * The households of the request, by 户编号: a row whose 户编号 names
   * none of them is a problem. Left out, rows are not matched.
   */
  households?: ReadonlyMap<string, number>;
}

/** One table of a request, read. */
export interface TableRead {
  /** The records of the rows without problems, in order. */
  records: Record<string, unknown>[];
  /**
   * Every key a row gives that can be read, to the index of its first
   * row: rows with problems of their own count too.
   */
  keys: ReadonlyMap<string, number>;
}

/**
 * Reads the rows of one table of a check request (see {@link readRow}),
 * and then, row by row, what the file readers check across rows: a key
 * an earlier row has, and a 户编号 that names no household. Every row
 * whose key can be read counts, a row with problems of its own too, so
 * that fixing one problem does not bring another to light. Each row's
 * problems follow its own, so the list keeps the order of the body.
 *
 * @param name - The table's key in the request.
 * @param table - The table's spec.
 * @param rows - The array the request holds.
 * @param problems - Where the problems go.
 * @param options - What to check across rows.
 * @returns The records of the rows without problems, and the keys.
 */
export function readTable(
  name: RequestTable,
  table: TableSpec<FieldMap>,
  rows: readonly unknown[],
  problems: ProblemList,
  options: TableOptions,
): TableRead {
  const records: Record<string, unknown>[] = [];
  const keys = new Map<string, number>();
  const field = table.keyField;

  rows.forEach((item, index) => {
    const row = readRow(name, table, item, index, problems);
    if (!row) return;
    if (row.record) records.push(row.record);

    const key = keyText(table, row.cells, field);
    const first = key === undefined ? undefined : keys.get(key);
    if (key !== undefined && first === undefined) keys.set(key, index);
    if (key !== undefined && first !== undefined && options.unique) {
      const reason = `duplicate ${field} ${shortText(key)}: ${name}[${first}] has it first`;
      problems.add(
        linkProblem(name, table, row, index, field, 'duplicate-key', reason),
      );
    }

    const { households } = options;
    const id = households && keyText(table, row.cells, 'householdId');
    if (id !== undefined && !households?.has(id)) {
      const reason = `householdId ${shortText(id)} matches no household of the request`;
      const at = 'householdId';
      problems.add(
        linkProblem(name, table, row, index, at, 'no-household', reason),
      );
    }
  });

  return { records, keys };
}
