import {
  type ExtraColumns,
  parseRecord,
  type RawCell,
  readCell,
  type TableSpec,
} from '@duibiao/core';

import type { TableFile } from './find-table-files.js';
import type { LoadedSheet } from './load-table-file.js';
import type { Rejection } from './read-result.js';
import {
  cellText,
  isBlankRow,
  isBlankSheetCell,
  type SheetCell,
  type SheetRow,
  UnreadableCell,
} from './sheet-row.js';

/** What became of one data row. */
export interface RowOutcome {
  line: number;
  /** The row's key (its key cell as core reads it), when readable. */
  key: string | undefined;
  /** The record, unless the row is rejected. */
  record?: Record<string, unknown>;
  rejection?: Rejection;
}

/** A table file read row by row, before the rules across rows. */
export interface TableReading {
  file: TableFile;
  sheet: LoadedSheet;
  outcomes: RowOutcome[];
  blankRows: number;
  /** Headers that name no field, as used for `extra`. */
  unknownColumns: string[];
}

interface Problem {
  index: number;
  column: string | null;
  value: string;
  reason: string;
}

interface ExtraColumn {
  index: number;
  /** The header as written, or `(column F)` when it has none. */
  name: string;
}

/**
 * Reads the data rows of a sheet into records or rejections: blank rows
 * are counted apart, every other row ends in a record or a rejection.
 * Values are read by core's field rules; io only maps columns to fields.
 *
 * @param file - The file and its table.
 * @param sheet - The loaded sheet.
 * @returns Outcomes in row order, blank rows and unknown columns.
 */
export function readRows(file: TableFile, sheet: LoadedSheet): TableReading {
  const extras = extraColumns(sheet);
  const outcomes: RowOutcome[] = [];
  let blankRows = 0;

  for (const row of sheet.rows) {
    if (isBlankRow(row)) blankRows += 1;
    else outcomes.push(readRow(file, sheet, extras, row));
  }

  return {
    file,
    sheet,
    outcomes,
    blankRows,
    unknownColumns: extras.map((extra) => extra.name),
  };
}

function readRow(
  file: TableFile,
  sheet: LoadedSheet,
  extras: readonly ExtraColumn[],
  row: SheetRow,
): RowOutcome {
  const { spec } = file.role;
  const key = keyOf(spec, sheet, row);
  const reject = (column: string | null, value: string | null, reason: string): RowOutcome => ({
    line: row.line,
    key,
    rejection: { table: file.role.key, file: file.file, line: row.line, column, value, reason },
  });

  if (row.fault) return reject(null, row.fault.value, row.fault.reason);
  const width = widthProblem(sheet, row);
  if (width) return reject(null, null, width);

  const cells: Record<string, RawCell | readonly string[]> = {};
  const problems: Problem[] = [];
  for (const [field, index] of sheet.columns.fields) {
    const cell = row.cells[index] ?? null;
    if (cell instanceof UnreadableCell) {
      problems.push(problemAt(sheet, index, cell.text, cell.reason));
    } else {
      cells[field] = cell;
    }
  }

  const result = parseRecord(spec, cells, extraOf(extras, row));
  if (result.ok && problems.length === 0) return { line: row.line, key, record: result.record };

  for (const problem of result.ok ? [] : result.problems) {
    const index = sheet.columns.fields.get(problem.field) ?? Number.POSITIVE_INFINITY;
    // A cell io could not read is reported already; core saw it as blank.
    if (problems.some((seen) => seen.index === index)) continue;
    problems.push(problemAt(sheet, index, cellText(problem.value ?? null), problem.reason));
  }
  problems.sort((a, b) => a.index - b.index);

  const [first, ...others] = problems as [Problem, ...Problem[]];
  return reject(first.column, first.value, withOthers(first.reason, others));
}

function keyOf(spec: TableSpec, sheet: LoadedSheet, row: SheetRow): string | undefined {
  const index = sheet.columns.fields.get(spec.keyField);
  const cell = index === undefined ? null : (row.cells[index] ?? null);
  const keySpec = spec.fields[spec.keyField];
  if (!keySpec || cell instanceof UnreadableCell || Array.isArray(cell)) return undefined;

  const read = readCell(keySpec, cell as RawCell);
  return read.ok && typeof read.value === 'string' ? read.value : undefined;
}

function widthProblem(sheet: LoadedSheet, row: SheetRow): string | undefined {
  // In CSV a row of another length than the header has lost or gained a
  // delimiter (an unquoted comma or line break), so its cells no longer
  // sit under their headers. Extra cells that are empty do no harm.
  const width = sheet.columns.headers.length;
  const length = row.cells.length;
  if (!sheet.strictWidth || length === width) return undefined;
  if (length > width && row.cells.slice(width).every(isBlankSheetCell)) return undefined;

  return `row has ${length} cell${length === 1 ? '' : 's'}, the header has ${width}`;
}

function problemAt(sheet: LoadedSheet, index: number, value: string, reason: string): Problem {
  return { index, column: sheet.columns.headers[index] ?? null, value, reason };
}

function withOthers(reason: string, others: readonly Problem[]): string {
  if (others.length === 0) return reason;

  const rest = others.map((other) => `${other.column ?? '?'} "${other.value}": ${other.reason}`);
  return `${reason}; also ${rest.join('; ')}`;
}

function extraColumns(sheet: LoadedSheet): ExtraColumn[] {
  const { headers, unknown, unnamed } = sheet.columns;
  const used = new Set<string>();
  const extras: ExtraColumn[] = [];
  const nameOf = (index: number, header: string) => {
    const name = used.has(header) || header === '' ? `${header} (column ${columnLetter(index)})`.trim() : header;
    used.add(name);
    return name;
  };

  for (const index of unknown) {
    extras.push({ index, name: nameOf(index, headers[index] as string) });
  }
  // A workbook may hold cells right of the last header; CSV rows that
  // long are rejected instead (see widthProblem).
  const width = sheet.strictWidth ? headers.length : widest(sheet.rows, headers.length);
  const beyond = Array.from({ length: width - headers.length }, (_, n) => headers.length + n);
  for (const index of [...unnamed, ...beyond]) {
    const hasData = sheet.rows.some((row) => !isBlankSheetCell(row.cells[index] ?? null));
    if (hasData) extras.push({ index, name: nameOf(index, '') });
  }

  return extras.sort((a, b) => a.index - b.index);
}

function extraOf(extras: readonly ExtraColumn[], row: SheetRow): ExtraColumns {
  // Blank cells are left out: a blank is unknown, and a workbook's empty
  // cell and a CSV's empty text should not read differently.
  const extra: ExtraColumns = {};
  for (const column of extras) {
    const cell: SheetCell = row.cells[column.index] ?? null;
    if (!isBlankSheetCell(cell)) extra[column.name] = cellText(cell);
  }

  return extra;
}

function widest(rows: readonly SheetRow[], least: number): number {
  return rows.reduce((most, row) => Math.max(most, row.cells.length), least);
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }

  return letters;
}
