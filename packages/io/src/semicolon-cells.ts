import type { TableSpec } from '@duibiao/core';

import { fieldLabel, findHeaderRow } from './header.js';
import type { SheetRow } from './sheet-row.js';

/**
 * Why a CSV file whose rows hold no key column is really separated by
 * semicolons, as Excel saves "CSV" where the comma is the decimal mark:
 * a row among its first twenty names the key column once its text is
 * cut at semicolons.
 *
 * @param rows - The file's rows, as read with commas.
 * @param spec - The table.
 * @returns The message naming the line and saying how to save the file
 * with commas, or undefined when no such row is there.
 */
export function semicolonCells(
  rows: readonly SheetRow[],
  spec: TableSpec,
): string | undefined {
  const cut = rows.slice(0, 20).map((row) => ({
    line: row.line,
    cells: Object.values(row.cells)
      .map((cell) => (typeof cell === 'string' ? cell : ''))
      .join(',')
      .split(';')
      .map((cell) => cell.trim().replace(/^"(.*)"$/s, '$1')),
  }));
  const header = cut[findHeaderRow(cut, spec)];
  if (!header || header.cells.length < 2) return undefined;

  return `uses semicolons (;) between cells, not commas: line ${header.line} names the key column ${fieldLabel(spec, spec.keyField)} only when cut at semicolons. Save it as CSV with commas: in Excel or WPS, Save As "CSV UTF-8 (Comma delimited)" (where Excel still writes semicolons, set the list separator to a comma in Windows' region settings first); in LibreOffice, Save As Text CSV with "," as the field delimiter`;
}
