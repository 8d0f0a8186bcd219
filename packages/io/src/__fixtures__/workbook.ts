import ExcelJS from 'exceljs';

/** A cell's value as read back, `null` for an empty cell. */
export type ReadCell = ExcelJS.CellValue;

/**
 * Opens a workbook as Excel would, with exceljs's reader.
 *
 * @param path - The .xlsx file.
 * @returns The workbook.
 */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);

  return workbook;
}

/**
 * A sheet's rows as arrays of cell values from column A, empty cells as
 * `null` and the empty cells at the end of each row left off.
 *
 * @param sheet - The sheet.
 * @returns Its rows, from row 1.
 */
export function sheetRows(sheet: ExcelJS.Worksheet): ReadCell[][] {
  const rows: ReadCell[][] = [];
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const values = sheet.getRow(number).values as ReadCell[];
    const cells = Array.from(
      { length: Math.max(values.length - 1, 0) },
      (_, index) => values[index + 1] ?? null,
    );
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }

  return rows;
}

/**
 * A sheet by name, failing the test when the workbook has none.
 *
 * @param workbook - The workbook.
 * @param name - The sheet's name.
 * @returns The sheet.
 */
export function sheetNamed(
  workbook: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);

  return sheet;
}
