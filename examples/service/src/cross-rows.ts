import { type FieldMap, readCell, type TableSpec } from '@duibiao/core';

import {
  type InputProblem,
  type InputProblemCode,
  type RequestTable,
  shortText,
  shownValue,
} from './input-problem.js';
import type { Cell, RowRead } from './read-row.js';

/**
 * A key field of a row as core reads it (full-width digits made
 * half-width, an apostrophe dropped), when the row gives it and it is
 * text that names something: what rows are matched by.
 *
 * @param table - The table.
 * @param cells - The row's cells by field.
 * @param field - The field: the table's key, or `householdId`.
 * @returns The text, or `undefined`.
 */
export function keyText(
  table: TableSpec<FieldMap>,
  cells: Readonly<Record<string, Cell>>,
  field: string,
): string | undefined {
  const spec = table.fields[field];
  if (!spec || !(field in cells)) return undefined;

  const cell = readCell(spec, cells[field] ?? null);
  const text = cell.ok ? cell.value : undefined;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * A problem between rows, at the field of the row that has it.
 *
 * @param name - The table's key in the request.
 * @param table - The table.
 * @param row - The row.
 * @param index - The row's position in its array.
 * @param field - The field that links it: its key or 户编号.
 * @param code - What is wrong, as a stable code.
 * @param reason - What is wrong.
 * @returns The problem.
 */
export function linkProblem(
  name: RequestTable,
  table: TableSpec<FieldMap>,
  row: RowRead,
  index: number,
  field: string,
  code: InputProblemCode,
  reason: string,
): InputProblem {
  const key = row.written.get(field) ?? field;

  return {
    path: `${name}[${index}].${shortText(key)}`,
    table: name,
    index,
    field,
    header: table.fields[field]?.header,
    value: shownValue(row.cells[field]),
    code,
    reason,
  };
}
