import type { z } from 'zod';

import type { RawCell } from '../values/cells.js';
import { type FieldSpec, readCell } from './field.js';
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
}

/** A parsed record, or the problems that reject its row. */
export type RecordResult<T> =
  | { ok: true; record: T }
  | { ok: false; problems: CellProblem[] };

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
    if (!(key in cells) && spec.kind !== 'key') continue;

    const raw = cells[key];
    const result = readCell(spec, raw);
    if (!result.ok) {
      problems.push({
        field: key,
        header: spec.header,
        value: raw,
        reason: result.reason,
      });
    } else if (result.value !== undefined) {
      record[key] = result.value;
    }
  }

  for (const [key, spec] of fields) {
    if (spec.kind !== 'key' || record[key] !== undefined) continue;
    if (problems.some((problem) => problem.field === key)) continue;
    problems.push({
      field: key,
      header: spec.header,
      value: cells[key],
      reason: `${spec.header} is blank: the row cannot be ${key === table.keyField ? 'identified' : 'placed'}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (extra && Object.keys(extra).length > 0) record.extra = extra;

  // Every value came from readCell, which gives only what the field's
  // schema accepts (a test holds it to that); running the zod schema over
  // every record again cost a third of reading a province.
  return { ok: true, record: record as z.infer<TableSpec<F>['schema']> };
}
