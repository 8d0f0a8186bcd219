import ExcelJS from 'exceljs';

import { startsWith } from './decode-text.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { type SheetCell, type SheetRow, UnreadableCell } from './sheet-row.js';
import { workbookTooLarge } from './workbook-zip.js';

/** One sheet of a workbook, its rows read on demand. */
export interface WorkbookSheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** Whether the sheet is hidden (or very hidden) in Excel. */
  hidden: boolean;
  /** Reads the sheet's rows, numbered as Excel numbers them. */
  rows: () => SheetRow[];
}

/** The sheets of a workbook, or why it cannot be opened. */
export type ReadWorkbook =
  | { ok: true; sheets: WorkbookSheet[] }
  | { ok: false; reason: string };

type FormulaValue = ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;

// exceljs types load()'s argument with a Buffer of its own declaration
// that Node's Buffer no longer matches; at run time it takes Node's.
type LoadArgument = Parameters<ExcelJS.Xlsx['load']>[0];

/**
 * Opens an .xlsx workbook and lists its sheets: the visible ones in tab
 * order, then the hidden ones, so that a reader looking for a table tries
 * what the clerk sees first. Each sheet reads into rows numbered as Excel
 * numbers them. Formula cells give their saved result; a cell merged down
 * several rows gives its value to each; rich text and hyperlinks give
 * their text; dates are the `Date`s exceljs makes (UTC midnight).
 *
 * Before anything is unpacked, the sizes the zip declares for its parts
 * are added up: a workbook that would unpack to more than
 * `maxUnpackedBytes` (a zip bomb, or a sheet too large to hold) is
 * refused, and so is one whose parts unpack to other sizes than they
 * declare.
 *
 * @param bytes - The file's bytes.
 * @param maxUnpackedBytes - The most bytes the parts may unpack to.
 * @returns The sheets, or the reason the workbook cannot be opened.
 */
export async function readXlsx(
  bytes: Buffer,
  maxUnpackedBytes = DEFAULT_READ_LIMITS.maxWorkbookUnpackedBytes,
): Promise<ReadWorkbook> {
  if (!startsWith(bytes, [0x50, 0x4b])) {
    return { ok: false, reason: notZip(bytes) };
  }
  const tooLarge = await workbookTooLarge(bytes, maxUnpackedBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as LoadArgument);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: `cannot be opened as an .xlsx workbook (${detail}); open it in Excel or WPS and save it again as .xlsx`,
    };
  }

  const sheets = workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.state !== 'visible',
    rows: () => sheetRows(sheet),
  }));
  const visible = sheets.filter((sheet) => !sheet.hidden);
  const hidden = sheets.filter((sheet) => sheet.hidden);

  return { ok: true, sheets: [...visible, ...hidden] };
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];

  for (let line = 1; line <= sheet.rowCount; line += 1) {
    const cells: SheetCell[] = [];
    let count = 0;
    const row = sheet.findRow(line);
    if (row) {
      eachCellOf(row, (cell, column) => {
        cells[column - 1] = cellValue(cell);
        count += 1;
      });
    }

    // A row whose few cells lie far apart (one in column XFD) keeps its
    // holes: made whole, each such row would cost 16,384 cells.
    if (cells.length > SPARSE_WIDTH && count * 2 < cells.length) {
      rows.push({ line, cells, sparse: true });
    } else {
      rows.push({ line, cells: Array.from(cells, (cell) => cell ?? null) });
    }
  }

  return rows;
}

/** The width past which a row mostly of empty cells is kept sparse. */
const SPARSE_WIDTH = 256;

/**
 * Calls `visit` with each cell of a row that holds something. exceljs's
 * eachCell walks every column up to the row's last cell, holes included
 * (20,000 rows with a cell in column XFD took it 9 seconds), so a wide
 * row is walked by the cells it has, in exceljs's own array of them,
 * when that array is there as exceljs 4 keeps it.
 */
function eachCellOf(
  row: ExcelJS.Row,
  visit: (cell: ExcelJS.Cell, column: number) => void,
): void {
  const own = (row as unknown as { _cells?: unknown })._cells;
  if (row.cellCount <= SPARSE_WIDTH || !Array.isArray(own)) {
    row.eachCell({ includeEmpty: false }, visit);
    return;
  }

  for (const key of Object.keys(own)) {
    const cell = own[Number(key)] as ExcelJS.Cell | undefined;
    if (cell && cell.type !== ExcelJS.ValueType.Null) {
      visit(cell, Number(key) + 1);
    }
  }
}

function cellValue(cell: ExcelJS.Cell): SheetCell {
  // A merged range's value belongs to the column of its top-left cell: a
  // cell merged down rows repeats it, but one merged across columns would
  // put it into a field it was never meant for, so that part stays blank.
  const column = cell.fullAddress.col;
  if (cell.isMerged && cell.master.fullAddress.col !== column) return null;

  return fromValue(cell.value);
}

function fromValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value)
    return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return fromValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    return fromFormula(value);
  }
  if ('error' in value) {
    const reason = `the cell shows the error ${value.error}`;
    return new UnreadableCell(value.error, reason, 'spreadsheet-error');
  }

  const text = JSON.stringify(value);
  const reason = 'the cell holds a value of an unknown kind';
  return new UnreadableCell(text, reason, 'not-a-value');
}

function fromFormula(value: FormulaValue): SheetCell {
  const shared = 'sharedFormula' in value ? value.sharedFormula : '';
  const formula = `=${value.formula ?? shared}`;
  const { result } = value;

  if (result === undefined) {
    return new UnreadableCell(
      formula,
      `the formula ${formula} was saved without its result; open the file in Excel or WPS and save it again`,
      'formula-without-result',
    );
  }
  if (isErrorValue(result)) {
    const reason = `the formula ${formula} gives the error ${result.error}`;
    return new UnreadableCell(result.error, reason, 'spreadsheet-error');
  }

  return fromValue(result);
}

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function notZip(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'is an Excel 97–2003 (.xls) or password-protected workbook saved with an .xlsx name; save it unprotected as .xlsx';
  }

  return 'is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, give it the extension .csv';
}
