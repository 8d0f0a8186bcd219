import type { ExtraColumns } from '@duibiao/core';

import { columnLetter } from './column-letter.js';
import type { ColumnMap } from './header.js';
import {
  cellText,
  isBlankSheetCell,
  type SheetCell,
  type SheetRow,
} from './sheet-row.js';

/** A column that names no field; its cells are passed on as `extra`. */
export interface ExtraColumn {
  index: number;
  /** The header as written, or `(column F)` when it has none. */
  name: string;
}

/**
 * The columns of a sheet that name no field: those with an unknown header,
 * and those without a header that hold something. A repeated header is
 * told apart by its column letter: `备注 (column F)`.
 *
 * @param columns - The header's column map.
 * @param rows - The data rows.
 * @param strictWidth - Whether cells right of the header are an error
 * (CSV) rather than an unnamed column (workbooks).
 * @returns The columns, left to right.
 */
export function extraColumns(
  columns: ColumnMap,
  rows: readonly SheetRow[],
  strictWidth: boolean,
): ExtraColumn[] {
  const { headers, unknown, unnamed } = columns;
  const used = new Set<string>();
  const nameOf = (index: number, header: string) => {
    const letter = `(column ${columnLetter(index)})`;
    let name = header;
    if (header === '') name = letter;
    else if (used.has(header)) name = `${header} ${letter}`;
    used.add(name);
    return name;
  };

  const extras = unknown.map((index) => ({
    index,
    name: nameOf(index, headers[index] ?? ''),
  }));

  const width = strictWidth ? headers.length : widest(rows, headers.length);
  const beyond = Array.from(
    { length: width - headers.length },
    (_, n) => headers.length + n,
  );
  for (const index of [...unnamed, ...beyond]) {
    const hasData = rows.some((row) => !isBlankSheetCell(cellAt(row, index)));
    if (hasData) extras.push({ index, name: nameOf(index, '') });
  }

  return extras.sort((a, b) => a.index - b.index);
}

/**
 * The extra cells of a row, as text by column name.
 *
 * Blank cells are left out: a blank is unknown, and a workbook's empty
 * cell and a CSV's empty text should not read differently. The object
 * has no prototype, so that every header is a key of its own: a column
 * headed `__proto__` keeps its text rather than setting a prototype, and
 * one headed `constructor` is not confused with Object's.
 *
 * @param extras - The extra columns.
 * @param row - The row.
 * @returns Header → text.
 */
export function extraOf(
  extras: readonly ExtraColumn[],
  row: SheetRow,
): ExtraColumns {
  const extra: ExtraColumns = Object.create(null);
  // A JSON row has cells only for its object's keys, and the objects may
  // have thousands of keys between them: visit the row's own cells.
  const columns = row.absent
    ? Object.keys(row.cells).flatMap((key) => byIndex(extras).get(+key) ?? [])
    : extras;
  for (const column of columns) {
    const cell = cellAt(row, column.index);
    if (!isBlankSheetCell(cell)) extra[column.name] = cellText(cell);
  }

  return extra;
}

const indexes = new WeakMap<
  readonly ExtraColumn[],
  ReadonlyMap<number, ExtraColumn>
>();

/** The extra columns by index: worked out once per file. */
function byIndex(
  extras: readonly ExtraColumn[],
): ReadonlyMap<number, ExtraColumn> {
  let map = indexes.get(extras);
  if (!map) {
    map = new Map(extras.map((column) => [column.index, column]));
    indexes.set(extras, map);
  }

  return map;
}

/**
 * The cell of a row in a column; `null` past the row's end.
 *
 * @param row - The row.
 * @param index - The column index.
 * @returns The cell.
 */
export function cellAt(row: SheetRow, index: number): SheetCell {
  return row.cells[index] ?? null;
}

function widest(rows: readonly SheetRow[], least: number): number {
  return rows.reduce((most, row) => Math.max(most, row.cells.length), least);
}
