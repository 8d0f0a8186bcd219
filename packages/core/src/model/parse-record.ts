import type { z } from 'zod';

import type { CellErrorCode } from '../values/cell-error-code.js';
import type { RawCell } from '../values/cells.js';
import type { FieldSpec } from './field.js';
import { readCell } from './read-cell.js';
import type { ExtraColumns, FieldMap, TableSpec } from './table.js';

const entries = new WeakMap<object, [string, FieldSpec][]>();

/** A table's fields as entries, listed once per table. */
function fieldsOf(map: FieldMap): [string, FieldSpec][] {
  let list = entries.get(map);
  if (!list) {
    list = Object.entries(map) as [string, FieldSpec][];
    entries.set(map, list);
  }

  return list;
}

/** Why one cell of a row could not be read. */
export interface CellProblem {
  /** The field's English key. */
  field: string;
  /** The field's Chinese header. */
  header: string;
  /** The raw cell. */
  value: RawCell | readonly string[];
  /** What is wrong, in English. */
  reason: string;
  /** What is wrong, as a stable code. */
  code: CellErrorCode;
}

/** A parsed record, or the problems that reject its row. */
export type RecordResult<T> =
  | {
      /** The row was read. */
      ok: true;
      /** The record. */
      record: T;
    }
  | {
      /** The row is rejected. */
      ok: false;
      /** Every problem found in its cells. */
      problems: CellProblem[];
    };

/**
 * Reads a row of raw cells into a record of a table. Each cell is read by
 * its field's rules; a row with any unreadable cell, or without its key,
 * is rejected with every problem found. A field whose key is not in
 * `cells` at all is unknown (the file has no such column); a key given
 * with a blank value takes the field's meaning of blank.
 *
 * @param table - The table spec, e.g. `households`.
 * @param cells - Raw cells by field key; fields not given are unknown.
 * @param extra - Columns no field names, passed through unchanged.
 * @returns The record or the problems.
 * @example
 * parseRecord(households, { householdId: 'H1', netIncome: '1,200' });
 * // { ok: true, record: { householdId: 'H1', netIncome: 1200, measures: [], … } }
 */
export function parseRecord<F extends FieldMap>(
  table: TableSpec<F>,
  cells: Readonly<Record<string, RawCell | readonly string[]>>,
  extra?: ExtraColumns,
): RecordResult<z.infer<TableSpec<F>['schema']>> {
  const record: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  const fields = fieldsOf(table.fields);

  for (const [key, spec] of fields) {
    // A column the row does not have at all says nothing: unknown, even for
    // fields where a blank cell means "none".
    if (!(key in cells) && !isRequired(table, key, spec)) continue;

    const raw = cells[key];
    const result = readCell(spec, raw);
    if (!result.ok) {
      problems.push({
        field: key,
        header: spec.header,
        value: raw,
        reason: result.reason,
        code: result.code,
      });
    } else if (result.value !== undefined) {
      record[key] = result.value;
    }
  }

  for (const [key, spec] of fields) {
    if (!isRequired(table, key, spec) || record[key] !== undefined) continue;
    if (problems.some((problem) => problem.field === key)) continue;
    problems.push(blankKey(table.keyField, key, spec, cells[key]));
  }
  if (problems.length > 0) return { ok: false, problems };
  if (extra && Object.keys(extra).length > 0) record.extra = extra;

  // Every value came from readCell, which gives only what the field's
  // schema accepts (a test holds it to that); running the zod schema over
  // every record again cost a third of reading a province.
  return { ok: true, record: record as z.infer<TableSpec<F>['schema']> };
}

/** Where each field of a table is in a row of cells; -1 for no column. */
interface RowPlan {
  fields: [string, FieldSpec][];
  columns: number[];
  /** Whether each field's blank cell rejects the row. */
  required: boolean[];
}

const plans = new WeakMap<object, WeakMap<object, RowPlan>>();

/**
 * Reads a row given as an array of cells, as {@link parseRecord} reads
 * the same cells given by field: a field with no column is unknown, a
 * cell past the row's end is blank. Readers of large files use it to
 * skip building an object of cells for every row.
 *
 * @param table - The table spec.
 * @param columns - The column of each field the file has, by field key.
 * The same map object should be passed for every row of a file: the
 * plan made from it is kept.
 * @param cells - The row's cells, by column.
 * @param extra - Columns no field names, passed through unchanged.
 * @returns The record or the problems, exactly as parseRecord gives them.
 */
export function parseRow<F extends FieldMap>(
  table: TableSpec<F>,
  columns: ReadonlyMap<string, number>,
  cells: readonly (RawCell | readonly string[])[],
  extra?: ExtraColumns,
): RecordResult<z.infer<TableSpec<F>['schema']>> {
  const plan = planOf(table, columns);
  const { fields } = plan;
  const record: Record<string, unknown> = {};
  let problems: CellProblem[] | undefined;
  // Blank keys come after the other problems, as parseRecord lists them.
  let blanks: CellProblem[] | undefined;

  for (let i = 0; i < fields.length; i += 1) {
    const [key, spec] = fields[i] as [string, FieldSpec];
    const column = plan.columns[i] as number;
    if (column < 0) {
      if (!plan.required[i]) continue;
      // A key field without a column is blank, as parseRecord reads it.
      (blanks ??= []).push(blankKey(table.keyField, key, spec, undefined));
      continue;
    }

    const raw = cells[column] ?? null;
    const result = readCell(spec, raw);
    if (!result.ok) {
      (problems ??= []).push({
        field: key,
        header: spec.header,
        value: raw,
        reason: result.reason,
        code: result.code,
      });
    } else if (result.value !== undefined) {
      record[key] = result.value;
    } else if (plan.required[i]) {
      (blanks ??= []).push(blankKey(table.keyField, key, spec, raw));
    }
  }

  if (problems || blanks)
    return { ok: false, problems: [...(problems ?? []), ...(blanks ?? [])] };
  if (extra && Object.keys(extra).length > 0) record.extra = extra;

  return { ok: true, record: record as z.infer<TableSpec<F>['schema']> };
}

function planOf<F extends FieldMap>(
  table: TableSpec<F>,
  columns: ReadonlyMap<string, number>,
): RowPlan {
  let byColumns = plans.get(table.fields);
  if (!byColumns) {
    byColumns = new WeakMap();
    plans.set(table.fields, byColumns);
  }
  let plan = byColumns.get(columns);
  if (!plan) {
    const fields = fieldsOf(table.fields);
    plan = {
      fields,
      columns: fields.map(([key]) => columns.get(key) ?? -1),
      required: fields.map(([key, spec]) => isRequired(table, key, spec)),
    };
    byColumns.set(columns, plan);
  }

  return plan;
}

/** Whether a blank cell of the field rejects the row. */
function isRequired<F extends FieldMap>(
  table: TableSpec<F>,
  key: string,
  spec: FieldSpec,
): boolean {
  return spec.kind === 'key' || table.requiredValues.includes(key);
}

function blankKey(
  keyField: string,
  key: string,
  spec: FieldSpec,
  value: RawCell | readonly string[],
): CellProblem {
  return {
    field: key,
    header: spec.header,
    value,
    reason: `${spec.header} is blank: the row cannot be ${key === keyField ? 'identified' : 'placed'}`,
    code: 'blank-required',
  };
}
