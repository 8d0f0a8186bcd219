import { isBlankCell, type RawCell } from '@duibiao/core';

import type { RejectionCode } from './rejection-code.js';

/**
 * A cell io could not turn into a value, such as a spreadsheet error
 * (`#N/A`) or a formula saved without its result. The row it is in is
 * rejected with the reason, if the cell belongs to a known field.
 */
export class UnreadableCell {
  /** The cell as text, for reports. */
  readonly text: string;
  /** Why it has no value, in English. */
  readonly reason: string;
  /** Why it has no value, as a stable code. */
  readonly code: RejectionCode;

  /**
   * @param text - The cell as text.
   * @param reason - Why it has no value.
   * @param code - The same as a stable code.
   */
  constructor(text: string, reason: string, code: RejectionCode) {
    this.text = text;
    this.reason = reason;
    this.code = code;
  }
}

/** A cell as a reader hands it on: a value, a JSON list, or unreadable. */
export type SheetCell = RawCell | readonly string[] | UnreadableCell;

/** One row of a file, with the number a spreadsheet shows for it. */
export interface SheetRow {
  line: number;
  cells: SheetCell[];
  /**
   * Columns the row does not have at all, as opposed to blank cells: the
   * keys a JSON object leaves out. Their fields are unknown. A JSON row
   * has no cell at all in those columns, so that it costs what its
   * object holds.
   */
  absent?: { has(index: number): boolean };
  /**
   * Set when the row's cells are few and far apart, as in a JSON row
   * that leaves keys out or a workbook row with a cell in column XFD:
   * `cells` then has holes where the row has nothing, and is walked by
   * the cells it has ({@link cellIndexes}), not column by column.
   */
  sparse?: true;
  /** Set when the row is not a row of cells (a JSON element not an object). */
  fault?: { value: string; reason: string; code: RejectionCode };
}

/**
 * Whether a cell holds nothing.
 *
 * @param cell - The cell.
 * @returns `true` for empty cells, blank text and empty lists.
 */
export function isBlankSheetCell(cell: SheetCell): boolean {
  if (cell instanceof UnreadableCell) return false;
  if (Array.isArray(cell)) return cell.length === 0;

  return isBlankCell(cell as RawCell);
}

/**
 * Whether every cell of a row is blank.
 *
 * @param row - The row.
 * @returns `true` for a row that is not a data row.
 */
export function isBlankRow(row: SheetRow): boolean {
  const cells = row.sparse ? Object.values(row.cells) : row.cells;

  return row.fault === undefined && cells.every(isBlankSheetCell);
}

/**
 * The columns of a sparse row that hold a cell, left to right.
 *
 * @param row - A row marked `sparse`.
 * @returns The indexes of its cells.
 */
export function cellIndexes(row: SheetRow): number[] {
  // Object.keys lists an array's own indexes in order, skipping holes,
  // in time for the cells there are, not for the row's width.
  return Object.keys(row.cells).map(Number);
}

/**
 * A cell as text, the way a report shows it: dates from workbooks as
 * `YYYY-MM-DD` (their UTC day), lists joined with `、`.
 *
 * @param cell - The cell.
 * @returns The text; `''` for an empty cell.
 */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof UnreadableCell) return cell.text;
  if (cell instanceof Date) return dateText(cell);
  if (Array.isArray(cell)) return cell.join('、');

  return String(cell);
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';

  const iso = date.toISOString();

  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
