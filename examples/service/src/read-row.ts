import {
  type FieldMap,
  parseRecord,
  type RawCell,
  type TableSpec,
} from '@duibiao/core';

import {
  type ProblemList,
  type RequestTable,
  shortText,
  shownValue,
} from './input-problem.js';

/** A cell as core reads it: a JSON value, or a list of values as text. */
export type Cell = RawCell | readonly string[];

/** One object of a request's table, read. */
export interface RowRead {
  /** The record, when the row has no problem. */
  record?: Record<string, unknown>;
  /** The row's cells by field. */
  cells: Readonly<Record<string, Cell>>;
  /** The key each field was written as, by field. */
  written: ReadonlyMap<string, string>;
}

const keyMaps = new WeakMap<object, Map<string, string>>();

/**
 * Reads one row of a check request into a record, as the file readers
 * read a row of a JSON table: the object is keyed by fields' English
 * keys or Chinese headers (`perCapitaNetIncome` or `人均纯收入`), and
 * each value is read by core's rules for its field (`parseRecord`), so
 * "3,500", "是" and "2020/9/1" are read as they are from a file. A key
 * the object leaves out is unknown; `null` or "" is a blank cell.
 *
 * Unlike the file readers, a key that names no field is a problem, not
 * a column passed through: in a request it is most likely a misspelt
 * field, whose values would otherwise be silently unknown.
 *
 * @param name - The table's key in the request.
 * @param table - The table's spec.
 * @param row - The row, as parsed from JSON.
 * @param index - Its position in the table's array.
 * @param problems - Where the row's problems go.
 * @returns The row's cells, and its record when it has no problem;
 * `undefined` for a row that is not an object.
 */
export function readRow(
  name: RequestTable,
  table: TableSpec<FieldMap>,
  row: unknown,
  index: number,
  problems: ProblemList,
): RowRead | undefined {
  const at = `${name}[${index}]`;
  const place = { table: name, index };
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    const reason = `expected an object keyed by field names, not ${kindOf(row)}`;
    const value = shownValue(row);
    problems.add({ path: at, ...place, value, code: 'not-a-row', reason });
    return undefined;
  }

  const before = problems.count;
  const { cells, written } = cellsOf(name, table, row, index, problems);
  const result = parseRecord(table, cells);
  if (result.ok && problems.count === before) {
    const record = result.record as Record<string, unknown>;
    return { record, cells, written };
  }

  const cellProblems = result.ok ? [] : result.problems;
  for (const problem of cellProblems) {
    const key = written.get(problem.field) ?? problem.field;
    problems.add({
      path: `${at}.${shortText(key)}`,
      ...place,
      field: problem.field,
      header: problem.header,
      value: shownValue(problem.value),
      code: problem.code,
      reason: problem.reason,
    });
  }

  return { cells, written };
}

/**
 * The cells of a row by field and the key each field was written as,
 * with the keys that name no field and the values that are no cell.
 */
function cellsOf(
  name: RequestTable,
  table: TableSpec<FieldMap>,
  row: object,
  index: number,
  problems: ProblemList,
) {
  const keys = keyMapOf(table);
  // No prototype: a key is looked up only among the row's own fields.
  const cells = Object.create(null) as Record<string, Cell>;
  const written = new Map<string, string>();
  const place = { table: name, index };

  for (const [key, value] of Object.entries(row)) {
    const path = `${name}[${index}].${shortText(key)}`;
    const field = keys.get(key.trim());
    if (field === undefined) {
      const reason = `${shortText(key)} is not a field of ${name} (${table.name}): use a field's English key or Chinese header, as in docs/tables.md`;
      problems.add({ path, ...place, value: shownValue(value), reason });
      continue;
    }

    const header = table.fields[field]?.header;
    const other = written.get(field);
    if (other !== undefined) {
      const reason = `${shortText(key)} and ${other} are the same field; give it once`;
      problems.add({ path, ...place, field, header, reason });
      continue;
    }

    written.set(field, key);
    const cell = cellOf(value);
    if (cell.ok) {
      cells[field] = cell.cell;
    } else {
      const shown = shownValue(value);
      const { code, reason } = cell;
      problems.add({ path, ...place, field, header, value: shown, code, reason });
    }
  }

  return { cells, written };
}

/**
 * A JSON value as a cell: `null` is blank, a string, number or boolean
 * is itself, and a list of such values is a list cell. A nested list or
 * an object is no cell.
 */
function cellOf(
  value: unknown,
):
  | { ok: true; cell: Cell }
  | { ok: false; code: 'not-a-value'; reason: string } {
  if (value === null) return { ok: true, cell: null };
  if (isCellText(value)) return { ok: true, cell: value };
  if (Array.isArray(value) && value.every(isScalar)) {
    return { ok: true, cell: value.map(String) };
  }

  const reason = Array.isArray(value)
    ? 'expected a list of values, not nested lists, objects or null'
    : 'expected a value, not an object';
  return { ok: false, code: 'not-a-value', reason };
}

function isCellText(value: unknown): value is string | number | boolean {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

function isScalar(value: unknown): boolean {
  return typeof value !== 'object';
}

/** English keys and Chinese headers of a table's fields, to the field. */
function keyMapOf(table: TableSpec<FieldMap>): Map<string, string> {
  let keys = keyMaps.get(table);
  if (!keys) {
    keys = new Map();
    for (const [field, spec] of Object.entries(table.fields)) {
      keys.set(field, field);
      keys.set(spec.header, field);
    }
    keyMaps.set(table, keys);
  }

  return keys;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';

  return `a ${typeof value}`;
}
