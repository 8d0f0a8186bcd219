import {
  type BlankRowsWithText,
  blankRowsWithText,
} from './blank-rows-with-text.js';
import {
  type CellProblem,
  parseRecord,
  parseRow,
  type RawCell,
  readCell,
  type TableSpec,
} from '@duibiao/core';

import { capText } from './cap-text.js';
import { columnLetter } from './column-letter.js';
import {
  cellAt,
  type ExtraColumn,
  extraColumns,
  extraOf,
} from './extra-columns.js';
import type { TableFile } from './find-table-files.js';
import type { LoadedSheet } from './load-table-file.js';
import { notARecord } from './not-a-record.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import type { Rejection } from './read-result.js';
import type { RejectionCode } from './rejection-code.js';
import {
  cellIndexes,
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
  /**
   * The row's household number (its 户编号 cell as core reads it), when
   * the table has that column and the cell is readable, even in a row
   * that is rejected.
   */
  householdId: string | undefined;
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
  /** Blank rows holding text in a column naming no field, if any. */
  blankWithText?: BlankRowsWithText;
  /** Headers that name no field, as used for `extra`. */
  unknownColumns: string[];
}

interface Problem {
  index: number;
  column: string | null;
  value: string;
  reason: string;
  code: RejectionCode;
}

type Cells = Record<string, RawCell | readonly string[]>;

type RejectedCell = Pick<Rejection, 'column' | 'value' | 'code' | 'reason'>;

/**
 * Reads the data rows of a sheet into records or rejections: blank rows
 * are counted apart, every other row ends in a record or a rejection.
 * Values are read by core's field rules; io only maps columns to fields.
 *
 * A row with nothing in any field's column is blank, even when a column
 * that names no field holds something: templates come with 序号 numbered
 * down rows that were never filled in.
 *
 * Each row hands core a cell for every field column the file has, blank
 * or not, and none for a field the file lacks (or a key a JSON object
 * leaves out), so that core takes the first as the field's blank and the
 * second as unknown.
 *
 * A row with a cell longer than `maxCellCharacters` is rejected before
 * anything else is read from it: no spreadsheet exports such a cell.
 *
 * @param file - The file and its table.
 * @param sheet - The loaded sheet.
 * @param maxCellCharacters - The most characters a cell may hold.
 * @returns Outcomes in row order, blank rows and unknown columns.
 */
export function readRows(
  file: TableFile,
  sheet: LoadedSheet,
  maxCellCharacters = DEFAULT_READ_LIMITS.maxCellCharacters,
): TableReading {
  const fieldColumns = [...sheet.columns.fields.values()];
  const isData = (row: SheetRow) =>
    row.fault !== undefined ||
    fieldColumns.some((index) => !isBlankSheetCell(cellAt(row, index)));
  const rows = sheet.rows.filter(isData);

  const extras = extraColumns(sheet.columns, rows, sheet.strictWidth);
  const outcomes = rows.map((row) =>
    readRow(file, sheet, extras, row, maxCellCharacters),
  );

  const withText = blankRowsWithText(
    sheet.rows.filter((row) => !isData(row) && !isBlankRow(row)),
  );

  return {
    file,
    sheet,
    outcomes,
    blankRows: sheet.rows.length - rows.length,
    ...(withText ? { blankWithText: withText } : {}),
    unknownColumns: extras.map((extra) => extra.name),
  };
}

function readRow(
  file: TableFile,
  sheet: LoadedSheet,
  extras: readonly ExtraColumn[],
  row: SheetRow,
  maxCellCharacters: number,
): RowOutcome {
  const { spec } = file.role;
  const { line } = row;
  // Read lazily: an accepted row's record holds both already.
  let key: string | undefined;
  let householdId: string | undefined;
  const readKeys = () => {
    key = textOf(spec, sheet, row, spec.keyField);
    householdId = textOf(spec, sheet, row, 'householdId');
  };
  const reject = (problem: RejectedCell): RowOutcome => {
    readKeys();
    const { column, code, reason } = problem;
    const value = problem.value === null ? null : capText(problem.value);
    const rejection = { table: file.role.key, file: file.file, line };

    return {
      line,
      key,
      householdId,
      rejection: { ...rejection, column, value, code, reason },
    };
  };

  if (row.fault) return reject({ column: null, ...row.fault });
  const long = longCell(sheet, row, maxCellCharacters);
  if (long) return reject(long);
  const mark = notARecord(spec, sheet, row);
  if (mark) return reject(mark);
  const width = widthProblem(sheet, row);
  if (width) return reject(width);

  // CSV cells are all text, none unreadable and none absent: core reads
  // them straight from the row, without an object of cells per row.
  const extra = extras.length > 0 ? extraOf(extras, row) : undefined;
  const plain = sheet.strictWidth && row.absent === undefined;
  const { cells, problems } = plain
    ? { cells: undefined, problems: [] }
    : fieldCells(sheet, row);
  const result = cells
    ? parseRecord(spec, cells, extra)
    : parseRow(spec, sheet.columns.fields, row.cells as RawCell[], extra);
  if (result.ok && problems.length === 0) {
    const record = result.record as Record<string, unknown>;
    if (plain) {
      // What textOf would read from the same cells: the record's text.
      key = textValue(record[spec.keyField]);
      householdId = sheet.columns.fields.has('householdId')
        ? textValue(record.householdId)
        : undefined;
    } else {
      readKeys();
    }
    return { line, key, householdId, record: result.record };
  }

  // Only a row with a problem gets here, so there is a first one.
  const all = [...problems, ...coreProblems(sheet, result, problems)];
  const sorted = all.sort((a, b) => a.index - b.index);
  const [first, ...others] = sorted as [Problem, ...Problem[]];

  return reject({ ...first, reason: withOthers(first, others) });
}

function fieldCells(sheet: LoadedSheet, row: SheetRow) {
  const cells: Cells = {};
  const problems: Problem[] = [];

  for (const [field, index] of sheet.columns.fields) {
    if (row.absent?.has(index)) continue;

    const cell = cellAt(row, index);
    if (cell instanceof UnreadableCell) {
      problems.push(problemAt(sheet, index, cell.text, cell));
    } else {
      cells[field] = cell;
    }
  }

  return { cells, problems };
}

function coreProblems(
  sheet: LoadedSheet,
  result: ReturnType<typeof parseRecord>,
  seen: readonly Problem[],
): Problem[] {
  const problems = result.ok ? [] : result.problems;

  return problems.flatMap((problem: CellProblem) => {
    const index =
      sheet.columns.fields.get(problem.field) ?? Number.POSITIVE_INFINITY;
    // A cell io could not read is reported already; core saw it as blank.
    if (seen.some((other) => other.index === index)) return [];

    const value = cellText(problem.value ?? null);
    return [problemAt(sheet, index, value, problem)];
  });
}

/**
 * A cell of a row as core reads it for a text field (a key, a 户编号), or
 * `undefined` when the column is missing or the cell blank or unreadable.
 *
 * @param spec - The table.
 * @param sheet - The sheet, for its column map.
 * @param row - The row.
 * @param field - The field.
 * @returns The text.
 */
export function textOf(
  spec: TableSpec,
  sheet: Pick<LoadedSheet, 'columns'>,
  row: SheetRow,
  field: string,
): string | undefined {
  const index = sheet.columns.fields.get(field);
  const fieldSpec = spec.fields[field];
  if (index === undefined || !fieldSpec) return undefined;

  const cell = cellAt(row, index);
  if (cell instanceof UnreadableCell || Array.isArray(cell)) return undefined;

  // A cell that reads as '' (a lone apostrophe) names nothing either.
  const read = readCell(fieldSpec, cell as RawCell);
  const text = read.ok ? read.value : undefined;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * The first cell of a row longer than a spreadsheet cell can be. Such a
 * row was not exported as it stands (Excel holds 32,767 characters in a
 * cell), and is not read further: a cell of a million characters costs
 * no more than its length.
 */
function longCell(
  sheet: LoadedSheet,
  row: SheetRow,
  most: number,
): RejectedCell | undefined {
  const { cells } = row;
  // A sparse row, such as a JSON row with cells only for its object's
  // keys, is walked by the cells it has.
  if (row.sparse) {
    for (const index of cellIndexes(row)) {
      const long = tooLong(sheet, cells, index, most);
      if (long) return long;
    }
    return undefined;
  }

  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (typeof cell === 'string' && cell.length <= most) continue;
    const long = tooLong(sheet, cells, index, most);
    if (long) return long;
  }
  return undefined;
}

function tooLong(
  sheet: LoadedSheet,
  cells: readonly SheetCell[],
  index: number,
  most: number,
): RejectedCell | undefined {
  // Numbers, dates and booleans are short; lists are joined to measure.
  const cell = cells[index] ?? null;
  const length =
    typeof cell === 'string'
      ? cell.length
      : typeof cell === 'object' && cell !== null && !(cell instanceof Date)
        ? cellText(cell).length
        : 0;
  if (length <= most) return undefined;

  const header = sheet.columns.headers[index];
  return {
    column: header ? header : `(column ${columnLetter(index)})`,
    value: cellText(cell),
    code: 'cell-too-long',
    reason: `the cell holds ${length} characters, more than the ${most} an Excel cell can hold, so it is not as exported: find what was pasted into it`,
  };
}

function widthProblem(
  sheet: LoadedSheet,
  row: SheetRow,
): RejectedCell | undefined {
  // In CSV a row shorter than the header's named columns, or longer than
  // the header with something in the surplus, has lost or gained a
  // delimiter (an unquoted comma or line break), so its cells no longer
  // sit under their headers. Empty cells at either end do no harm.
  if (!sheet.strictWidth) return undefined;
  const { headers } = sheet.columns;
  const named = namedWidth(headers);
  const length = row.cells.length;
  if (length === headers.length) return undefined;

  const cells = `${length} cell${length === 1 ? '' : 's'}`;
  if (length < named) {
    // Named by the first column the row lacks: where the row ends early.
    const header = headers[length];
    const column = header ? header : `(column ${columnLetter(length)})`;
    const reason = `row has ${cells}, the header has ${named}: it ends before ${column}, so its cells may not sit under their headers (a delimiter lost, or the row cut short)`;
    return { column, value: null, code: 'too-few-cells', reason };
  }

  // A row too long is shown by its first surplus cell with something in
  // it, named by its position beyond the header.
  const surplus = row.cells.slice(headers.length);
  const extra = surplus.findIndex((cell) => !isBlankSheetCell(cell));
  if (extra < 0) return undefined;

  const index = headers.length + extra;
  return {
    column: `(column ${columnLetter(index)})`,
    value: cellText(cellAt(row, index)),
    code: 'too-many-cells',
    reason: `row has ${cells}, the header has ${headers.length}`,
  };
}

function textValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const widths = new WeakMap<readonly string[], number>();

/** How many columns up to the last one with a header: worked out once per file. */
function namedWidth(headers: readonly string[]): number {
  let named = widths.get(headers);
  if (named === undefined) {
    named = headers.reduce(
      (last, header, index) => (header === '' ? last : index + 1),
      0,
    );
    widths.set(headers, named);
  }

  return named;
}

function problemAt(
  sheet: LoadedSheet,
  index: number,
  value: string,
  why: Pick<Problem, 'code' | 'reason'>,
): Problem {
  const column = sheet.columns.headers[index] ?? null;

  return { index, column, value, code: why.code, reason: why.reason };
}

function withOthers(first: Problem, others: readonly Problem[]): string {
  const { reason } = first;
  if (others.length === 0) return reason;

  const rest = others.map(
    (other) =>
      `${other.column ?? '?'} "${capText(other.value)}": ${other.reason}`,
  );
  return `${reason}; also ${rest.join('; ')}`;
}
