import type { TableSpec } from '@duibiao/core';

import { fieldOfHeader } from './header.js';
import { cellText, type SheetRow } from './sheet-row.js';

/**
 * The header of a workbook whose column names take two rows, as a
 * header with merged cells is laid out: a group name merged across its
 * columns above their own names (收入情况 over 工资性收入 and 人均纯收入),
 * and the other names merged down both rows. It is one when the row
 * below the header names the key column too, in the same column: a cell
 * merged down repeats its value in every row it spans, and some
 * templates put the English keys under the Chinese names. Each column is
 * then named by its lower cell where that has a name, else by its upper.
 * CSV is not read so: Excel writes a merged cell's value in its first
 * row alone, so the key cell below the header is blank.
 *
 * @param rows - The rows of the sheet.
 * @param header - The index of the header row in `rows`.
 * @param spec - The table.
 * @returns The header as one row, on the upper row's line, or
 * `undefined` when the row below is not part of it.
 * @example
 * // 户编号 | 收入情况 |            (户编号 merged down, 收入情况 across)
 * // 户编号 | 工资性收入 | 人均纯收入
 * twoRowHeader(rows, 0, households)?.cells;
 * // ['户编号', '工资性收入', '人均纯收入']
 */
export function twoRowHeader(
  rows: readonly SheetRow[],
  header: number,
  spec: TableSpec,
): SheetRow | undefined {
  const upper = rows[header];
  const lower = rows[header + 1];
  if (!upper || !lower) return undefined;

  const nameAt = (row: SheetRow, index: number) =>
    cellText(row.cells[index] ?? null).trim();
  const keyAt = Array.from(upper.cells).findIndex(
    (cell) =>
      typeof cell === 'string' && fieldOfHeader(spec, cell) === spec.keyField,
  );
  const below = nameAt(lower, keyAt);
  if (keyAt < 0 || fieldOfHeader(spec, below) !== spec.keyField) {
    return undefined;
  }

  const width = Math.max(upper.cells.length, lower.cells.length);
  const cells = Array.from({ length: width }, (_, index) => {
    const above = nameAt(upper, index);
    const below = nameAt(lower, index);
    return below !== '' ? below : above;
  });

  return { line: upper.line, cells };
}
