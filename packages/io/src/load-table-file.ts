import { readFile, stat } from 'node:fs/promises';

import type { TableSpec } from '@duibiao/core';

import { cannotOpen } from './cannot-open.js';
import { columnLetter } from './column-letter.js';
import { decodeText } from './decode-text.js';
import type { TableFile } from './find-table-files.js';
import {
  type ColumnMap,
  fieldLabel,
  findHeaderRow,
  mapColumns,
} from './header.js';
import type { InputProblem } from './input-error.js';
import { likelyField } from './likely-field.js';
import { semicolonCells } from './semicolon-cells.js';
import { likelyDelimiter, parseCsv } from './parse-csv.js';
import {
  DEFAULT_READ_LIMITS,
  type ResolvedLimits,
  sizeText,
} from './read-limits.js';
import type { OtherSheet, TextEncoding } from './read-result.js';
import { readJson } from './read-json.js';
import { cellText, isBlankRow, type SheetRow } from './sheet-row.js';
import { twoRowHeader } from './two-row-header.js';
import { workbookGrid } from './workbook-sheet.js';

/** A table file opened, its header found and mapped to fields. */
export interface LoadedSheet {
  encoding: TextEncoding | null;
  /** The workbook sheet the table was read from; `null` for CSV, JSON. */
  sheet: string | null;
  columns: ColumnMap;
  /** The rows below the header. */
  rows: SheetRow[];
  /** Whether a row longer or shorter than the header is broken (CSV). */
  strictWidth: boolean;
  /** Other sheets of the workbook holding the key column, not read. */
  otherSheets?: OtherSheet[];
}

/** A loaded sheet, or the problems that make the file unusable. */
export type LoadedTable =
  | { ok: true; sheet: LoadedSheet }
  | { ok: false; problems: InputProblem[] };

/** The rows of a table file and where its header is. */
export interface Grid {
  encoding: TextEncoding | null;
  /** The workbook sheet the rows are from; `null` for CSV and JSON. */
  sheet: string | null;
  rows: SheetRow[];
  /** Index of the header row in `rows`; -1 when none holds the key. */
  header: number;
  /** The workbook sheets searched for the key, as named in messages. */
  searched?: string[];
  /** The other sheets that hold the key column, not read. */
  others?: OtherSheet[];
}

/**
 * Opens a table file, finds its header and maps the columns to fields.
 *
 * @param file - The file and its table.
 * @param limits - The sizes beyond which the file is refused.
 * @returns The sheet, or every problem that makes the file unusable.
 */
export async function loadTableFile(
  file: TableFile,
  limits: ResolvedLimits = DEFAULT_READ_LIMITS,
): Promise<LoadedTable> {
  const fail = (message: string, column?: string): LoadedTable => {
    const problem = { file: file.file, ...(column ? { column } : {}), message };
    return { ok: false, problems: [problem] };
  };

  if (file.unopenable) return fail(file.unopenable);
  const bytes = await readWhole(file, limits).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return cannotOpen(code);
  });
  if (typeof bytes === 'string') return fail(bytes);
  if (bytes.length === 0) return fail('is empty (0 bytes)');

  const grid = await loadGrid(file, bytes, limits);
  if (typeof grid === 'string') return fail(grid);
  if (grid.rows.every(isBlankRow)) return fail('is empty: it holds no row');

  const { spec } = file.role;
  const headerRow = grid.rows[grid.header];
  if (!headerRow) {
    const semicolons =
      file.format === 'csv' ? semicolonCells(grid.rows, spec) : undefined;
    if (semicolons) return fail(semicolons, spec.fields[spec.keyField]?.header);
    return fail(
      `no row ${sheetsOf(grid)}holds the key column ${fieldLabel(spec, spec.keyField)}; the header row must name it in Chinese or English${likelyKey(grid, spec)}`,
      spec.fields[spec.keyField]?.header,
    );
  }
  // A workbook's header may take two rows, around merged cells.
  const twoRows =
    file.format === 'xlsx'
      ? twoRowHeader(grid.rows, grid.header, spec)
      : undefined;
  const header = twoRows ?? headerRow;
  const oversized = headerTooLarge(file, header, limits);
  if (oversized) return fail(oversized);

  const columns = mapColumns(header.cells, spec);
  const problems = columnProblems(file, columns, header.line);
  if (problems.length > 0) return { ok: false, problems };

  const sheet: LoadedSheet = {
    encoding: grid.encoding,
    sheet: grid.sheet,
    columns,
    rows: grid.rows.slice(grid.header + (twoRows ? 2 : 1)),
    strictWidth: file.format === 'csv',
    ...(grid.others ? { otherSheets: grid.others } : {}),
  };

  return { ok: true, sheet };
}

/**
 * The file's bytes, or why it is too large to read whole: its size is
 * checked before it is read, so a huge file costs no memory.
 */
async function readWhole(
  file: TableFile,
  limits: ResolvedLimits,
): Promise<Buffer | string> {
  const { size } = await stat(file.path);
  const workbook = file.format === 'xlsx';
  const most = workbook ? limits.maxWorkbookBytes : limits.maxTextBytes;
  if (size <= most) return readFile(file.path);

  // A table is one file (two are refused, another name is not read), so
  // the way out is a smaller export, or the parts where they apply.
  const what = `is ${sizeText(size)}, more than the ${sizeText(most)}`;
  const fewer = FEWER_COUNTIES;
  if (workbook) {
    return `${what} a workbook may be (a workbook is read whole): save the table as CSV UTF-8, or ${fewer}`;
  }
  // Households and members CSV files are read in parts by checkFolder,
  // unless the folder holds a department's list or a follow-up table.
  if (['households', 'members'].includes(file.role.key)) {
    return `${what} a ${file.format.toUpperCase()} file read whole may be. Households and members CSV files of any size are read in parts when the folder holds no department list or follow-up table and both files have their header within their first mebibyte: check them in a folder without the lists (whose rules are then not compared), or ${fewer}`;
  }
  return `${what} a ${file.format.toUpperCase()} file read whole may be: ${fewer}`;
}

/** What a clerk can do about a table too large to read whole. */
const FEWER_COUNTIES =
  'export fewer counties at a time, each into a folder of its own, and check the folders one by one';

/**
 * Why a header row makes the file unusable for its size: more columns
 * than a sheet has, or a cell longer than a spreadsheet cell holds.
 */
function headerTooLarge(
  file: TableFile,
  row: SheetRow,
  limits: ResolvedLimits,
): string | undefined {
  const { maxColumns, maxCellCharacters } = limits;
  const width = row.cells.length;
  if (width > maxColumns) {
    return `the header on line ${row.line} has ${width} columns, more than the ${maxColumns} a spreadsheet has: it is not a table as exported`;
  }

  const index = row.cells.findIndex(
    (cell) => cellText(cell).length > maxCellCharacters,
  );
  if (index < 0) return undefined;
  const length = cellText(row.cells[index] ?? null).length;
  const cell =
    file.format === 'json'
      ? `a key of ${length} characters`
      : `the header on line ${row.line} has a cell of ${length} characters in column ${columnLetter(index)}`;
  return `${cell}, more than the ${maxCellCharacters} a spreadsheet cell holds: it is not a header as exported`;
}

async function loadGrid(
  file: TableFile,
  bytes: Buffer,
  limits: ResolvedLimits,
): Promise<Grid | string> {
  if (file.format === 'xlsx') return workbookGrid(file, bytes, limits);

  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.reason;
  if (file.format === 'json') {
    return jsonGrid(decoded.text, decoded.encoding, limits.maxColumns);
  }

  return csvGrid(file, decoded.text, decoded.encoding);
}

/**
 * A cell near the top that likely means the key column (身份证号码 for
 * 证件号码), as `; 身份证号码 on line 1 may be it: rename it 证件号码`.
 */
function likelyKey(grid: Grid, spec: TableSpec): string {
  const own = spec.fields[spec.keyField]?.header ?? spec.keyField;
  for (const row of grid.rows.slice(0, 20)) {
    for (const cell of Object.values(row.cells)) {
      if (typeof cell !== 'string') continue;
      if (!likelyField(spec, cell, [spec.keyField])) continue;
      return `; ${cell.trim()} on line ${row.line} may be it: rename it ${own}`;
    }
  }

  return '';
}

function sheetsOf(grid: Grid): string {
  const { searched } = grid;
  if (!searched || searched.length === 0) return '';

  const sheets = searched.length === 1 ? 'the sheet' : 'the sheets';
  return `of ${sheets} ${searched.join(', ')} `;
}

function csvGrid(
  file: TableFile,
  text: string,
  encoding: TextEncoding,
): Grid | string {
  // Try the likely delimiter, then the other: the right one is the one
  // that yields a row holding the key column.
  const first = likelyDelimiter(text);
  const order = first === ',' ? ([',', '\t'] as const) : (['\t', ','] as const);
  let fallback: Grid | string | undefined;

  for (const delimiter of order) {
    const parsed = parseCsv(text, delimiter);
    if (!parsed.ok) {
      fallback ??= parsed.reason;
      continue;
    }

    const header = findHeaderRow(parsed.rows, file.role.spec);
    const grid = { encoding, sheet: null, rows: parsed.rows, header };
    if (header >= 0) return grid;
    fallback ??= grid;
  }

  return fallback as Grid | string;
}

function jsonGrid(
  text: string,
  encoding: TextEncoding,
  maxColumns: number,
): Grid | string {
  const json = readJson(text, maxColumns);
  if (!json.ok) return json.reason;
  if (json.rows.length === 0) return 'is empty: it holds an empty array';

  // JSON has no header row; its keys stand in for one, in front of row 1,
  // so that the rows keep their positions as line numbers.
  const keys: SheetRow = { line: 0, cells: json.header };

  return { encoding, sheet: null, rows: [keys, ...json.rows], header: 0 };
}

/**
 * The problems of a header that make a table unusable: a required column
 * missing, a column in the wrong unit, two columns for one field.
 *
 * @param file - The file and its table.
 * @param columns - The header mapped to fields.
 * @param line - The header's line.
 * @returns The problems; none when the table can be read.
 */
export function columnProblems(
  file: TableFile,
  columns: ColumnMap,
  line: number,
): InputProblem[] {
  const { spec, key } = file.role;
  const problems: InputProblem[] = [];
  const where =
    file.format === 'json'
      ? 'no element has the key'
      : `the header on line ${line} has no column`;

  for (const field of spec.requiredColumns) {
    if (columns.fields.has(field)) continue;
    problems.push({
      file: file.file,
      column: spec.fields[field]?.header ?? field,
      message: `${where} ${fieldLabel(spec, field)}, which the ${key} table needs`,
    });
  }

  for (const { field, header, unit } of columns.wrongUnits) {
    const own = spec.fields[field]?.unit ?? '';
    problems.push({
      file: file.file,
      column: header,
      message: `the column ${header} is in ${unit}, but ${fieldLabel(spec, field)} is read in ${own}: convert the column to ${own} or rename it`,
    });
  }

  for (const { field, headers } of columns.conflicts) {
    const both = headers.length === 2 ? 'both' : 'all';
    problems.push({
      file: file.file,
      column: spec.fields[field]?.header ?? field,
      message: `columns ${headers.join(' and ')} ${both} name ${fieldLabel(spec, field)}; keep one`,
    });
  }

  return problems;
}
