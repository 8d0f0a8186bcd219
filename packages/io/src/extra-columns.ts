import type { ExtraColumns } from '@duibiao/core';

import { columnLetter } from './column-letter.js';
import type { ColumnMap } from './header.js';
import {
  cellIndexes,
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
  for (const index of filledColumns(rows, [...unnamed, ...beyond])) {
    extras.push({ index, name: nameOf(index, '') });
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
  // A sparse row (a JSON row has cells only for its object's keys, and
  // the objects may have thousands of keys between them) is walked by the
  // cells it has.
  const columns = row.sparse
    ? cellIndexes(row).flatMap((index) => byIndex(extras).get(index) ?? [])
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

/**
 * Which of the columns given hold something in some row, in one pass over
 * the rows: each row is walked by the fewer of the columns given and the
 * cells it has, so that a workbook row with a cell in column XFD costs
 * no more than its cells.
 */
function filledColumns(
  rows: readonly SheetRow[],
  columns: readonly number[],
): number[] {
  const wanted = new Set(columns);
  const filled = new Set<number>();
  if (wanted.size === 0) return [];

  for (const row of rows) {
    const visit = (index: number) => {
      if (filled.has(index) || !wanted.has(index)) return;
      if (!isBlankSheetCell(cellAt(row, index))) filled.add(index);
    };
    if (row.sparse) cellIndexes(row).forEach(visit);
    else if (wanted.size <= row.cells.length) wanted.forEach(visit);
    else for (let index = 0; index < row.cells.length; index += 1) visit(index);
  }

  return columns.filter((index) => filled.has(index));
}

function widest(rows: readonly SheetRow[], least: number): number {
  return rows.reduce((most, row) => Math.max(most, row.cells.length), least);
}
