import { cellText, isBlankSheetCell, type SheetRow } from './sheet-row.js';

/**
 * Rows passed over as blank (nothing in any field's column) that hold
 * text in a column naming no field: a row of 备注 alone (该户已整户迁出)
 * may be a note on the household, or a row whose fields were typed
 * under a misnamed column.
 */
export interface BlankRowsWithText {
  /** How many such rows. */
  count: number;
  /** The lines of the first few, in order. */
  lines: number[];
}

/** How many lines of such rows are kept. */
export const BLANK_LINES_KEPT = 5;

/**
 * The rows of `blank` that hold text: a cell that is not blank and not a
 * whole number alone, since templates number rows never filled in (序号).
 *
 * @param blank - Rows with nothing in any field's column.
 * @returns The count and first lines; `undefined` when there is none.
 */
export function blankRowsWithText(
  blank: readonly SheetRow[],
): BlankRowsWithText | undefined {
  let count = 0;
  const lines: number[] = [];
  for (const row of blank) {
    const cells = Object.values(row.cells);
    if (!cells.some(holdsText)) continue;
    count += 1;
    if (lines.length < BLANK_LINES_KEPT) lines.push(row.line);
  }

  return count > 0 ? { count, lines } : undefined;
}

function holdsText(cell: SheetRow['cells'][number]): boolean {
  if (isBlankSheetCell(cell) || typeof cell === 'number') return false;

  return !/^\s*\d+\s*$/.test(cellText(cell));
}
