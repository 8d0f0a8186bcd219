import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { hasDay, isCalendarDate, parseDate, type RawCell } from '@duibiao/core';
import ExcelJS from 'exceljs';

import type { OpinionInput } from '../types.js';
import {
  EVIDENCE_HEADER,
  ID_HEADER,
  LINE_COLUMNS,
  REASON_HEADER,
  SHEET_NAME,
} from './columns.js';
import type { ReadSheetsOptions, SheetProblem, SheetsRead } from './types.js';

// exceljs declares load()'s Buffer itself, which Node's Buffer type no
// longer matches; at run time it takes Node's.
type LoadArgument = Parameters<ExcelJS.Xlsx['load']>[0];

/** How many rows from the top a sheet's header row is looked for in. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads filled verification sheets: the opinions each row gives, ready
 * for the ledger, and every file, row and cell that cannot be read.
 *
 * In each file it reads the 核实表 sheet, or else the first sheet with a
 * 问题编号 header in its first ten rows. Columns are found by their
 * headers, so the user may reorder them; other columns are ignored.
 * For each row with a 问题编号, each line whose opinion (复核结果 for
 * the review) is filled gives an opinion, township then department then
 * review, with who gave it, its date (the date cell: an Excel date, or
 * text such as 2020-10-08, 2020/10/8 or 20201008; `options.on` when
 * blank), the row's 理由 and 佐证材料, and `<file name>:<row>` as its
 * source. A row with an opinion not in the drop-down list, a date that
 * is not one, 已消疑 without 理由 or 佐证材料, 确认误报 without 理由, who
 * or date without the opinion, or fill-ins without a 问题编号, is left
 * out whole, each fault a problem. A row nothing is filled in on is read
 * with no opinions. Nothing is thrown for what the files hold: a file
 * that is not an XLSX workbook, or has no such sheet, is a problem too.
 *
 * @param paths - The files, in the order their rows are to apply.
 * @param options - The date of opinions whose date cell is blank.
 * @returns The rows read, how many were left out, and the problems.
 * @throws {TypeError} When `options.on` is not a `YYYY-MM-DD` date.
 * @example
 * const { rows, problems } = await readVerificationSheets(
 *   ['周至县-终南镇.xlsx'],
 *   { on: '2020-10-08' },
 * );
 */
export async function readVerificationSheets(
  paths: readonly string[],
  options: ReadSheetsOptions,
): Promise<SheetsRead> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.on) || !isCalendarDate(options.on))
    throw new TypeError(
      `readVerificationSheets: expected options.on as a YYYY-MM-DD date, not ${JSON.stringify(options.on)}`,
    );

  const read: SheetsRead = { files: 0, rows: [], skipped: 0, problems: [] };
  for (const path of paths) {
    const sheet = await openSheet(path, read.problems);
    if (!sheet) continue;

    read.files += 1;
    readRows(path, sheet, options, read);
  }

  return read;
}

/** A sheet's header row and where each header's column is. */
interface FoundSheet {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  columns: Map<string, number>;
}

async function openSheet(
  path: string,
  problems: SheetProblem[],
): Promise<FoundSheet | undefined> {
  const name = basename(path);
  const fileProblem = (reason: string) => {
    problems.push({ file: path, reason });
  };

  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    fileProblem(
      code === 'ENOENT'
        ? `${name}：文件不存在`
        : `${name}：无法读取（${String(code ?? error)}）`,
    );
    return undefined;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as LoadArgument);
  } catch {
    fileProblem(`${name}：不是 XLSX 工作簿，无法读取`);
    return undefined;
  }

  const named = workbook.getWorksheet(SHEET_NAME);
  const candidates = [
    ...(named ? [named] : []),
    ...workbook.worksheets.filter((sheet) => sheet !== named),
  ];
  for (const sheet of candidates) {
    const found = findHeader(sheet);
    if (found) return found;
  }

  fileProblem(
    `${name}：没有「${SHEET_NAME}」工作表，也没有表头含「${ID_HEADER}」的工作表`,
  );
  return undefined;
}

function findHeader(sheet: ExcelJS.Worksheet): FoundSheet | undefined {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let number = 1; number <= last; number += 1) {
    const columns = new Map<string, number>();
    sheet.getRow(number).eachCell((cell, column) => {
      const header = textOf(rawOf(cell.value));
      if (header !== '' && !columns.has(header)) columns.set(header, column);
    });
    if (columns.has(ID_HEADER)) return { sheet, headerRow: number, columns };
  }

  return undefined;
}

function readRows(
  path: string,
  found: FoundSheet,
  options: ReadSheetsOptions,
  read: SheetsRead,
): void {
  const source = basename(path);
  const missing = LINE_COLUMNS.every((c) => !found.columns.has(c.opinion));
  if (missing) {
    const headers = LINE_COLUMNS.map((c) => `「${c.opinion}」`).join('');
    read.problems.push({
      file: path,
      reason: `${source}：表头没有${headers}中的任何一列，无法读取核查意见`,
    });
    return;
  }

  found.sheet.eachRow((row, line) => {
    if (line <= found.headerRow) return;

    const cell = (header: string): RawCell => {
      const column = found.columns.get(header);
      return column === undefined ? null : rawOf(row.getCell(column).value);
    };
    const text = (header: string) => textOf(cell(header));
    const problems: SheetProblem[] = [];
    const problem = (column: string, value: string, reason: string) => {
      problems.push({
        file: path,
        line,
        column,
        ...(value === '' ? {} : { value }),
        reason,
      });
    };

    // Ids are lower-case hex; a sheet may have them upper-cased.
    const findingId = text(ID_HEADER).toLowerCase();
    const reason = text(REASON_HEADER);
    const evidence = text(EVIDENCE_HEADER);
    const opinions: OpinionInput[] = [];
    let filled = reason !== '' || evidence !== '';

    for (const columns of LINE_COLUMNS) {
      const result = text(columns.opinion);
      const who = text(columns.who);
      const date = cell(columns.on);
      const dated = textOf(date) !== '';
      filled ||= result !== '' || who !== '' || dated;
      if (result === '') {
        if (who !== '' || dated)
          problem(
            columns.opinion,
            '',
            `填写了「${columns.who}」或「${columns.on}」，但未填写「${columns.opinion}」`,
          );
        continue;
      }

      if (!columns.choices.includes(result))
        problem(
          columns.opinion,
          result,
          `「${result}」不在下拉列表中，${columns.opinion}应为 ${columns.choices.join('、')} 之一`,
        );
      const on = dated ? dayOf(date) : options.on;
      if (on === undefined)
        problem(
          columns.on,
          dateText(date),
          `「${dateText(date)}」不是日期，应写作 2020-10-08、2020/10/8 或 20201008`,
        );
      else if (on > options.on)
        problem(columns.on, on, `「${on}」晚于导入的日期 ${options.on}`);
      if ((result === '已消疑' || result === '确认误报') && reason === '')
        problem(REASON_HEADER, '', `复核结果为「${result}」，须填写理由`);
      if (result === '已消疑' && evidence === '')
        problem(EVIDENCE_HEADER, '', '复核结果为「已消疑」，须注明佐证材料');

      opinions.push({
        findingId,
        line: columns.line,
        result,
        ...(who === '' ? {} : { who }),
        on: on ?? '',
        ...(dated ? {} : { onDefaulted: true }),
        ...(reason === '' ? {} : { reason }),
        ...(evidence === '' ? {} : { evidence }),
        source: `${source}:${line}`,
      });
    }

    if (findingId === '') {
      // A row with nothing filled and no id is a note or a total: not a
      // finding's row at all.
      if (!filled) return;
      problems.unshift({
        file: path,
        line,
        column: ID_HEADER,
        reason: '填写了核查内容，但「问题编号」为空',
      });
    }
    if (problems.length > 0) {
      read.problems.push(...problems);
      read.skipped += 1;
      return;
    }
    read.rows.push({ file: path, line, findingId, opinions });
  });
}

/** A date cell's day, `YYYY-MM-DD`, or `undefined` when it is not one. */
function dayOf(raw: RawCell): string | undefined {
  // 20201008 typed into a cell is a number, not an Excel day serial.
  const typed = eightDigits(raw) ?? raw;
  const date = parseDate(typeof typed === 'string' ? typed.trim() : typed);
  if (!date.ok || date.value === undefined || !hasDay(date.value))
    return undefined;
  return date.value;
}

/** A cell's value as core's cell readers take it. */
function rawOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return rawOf(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as { result?: unknown };
    if (result === undefined || result === null) return null;
    return typeof result === 'object' && !(result instanceof Date)
      ? String((result as { error?: unknown }).error ?? '')
      : (result as RawCell);
  }
  if ('error' in value) return String(value.error);
  return null;
}

/** A cell's text, trimmed; a date as `YYYY-MM-DD`. */
function textOf(raw: RawCell): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

/** A date cell as the clerk typed it, for messages: a number as a number. */
function dateText(raw: RawCell): string {
  return (
    eightDigits(raw) ?? (typeof raw === 'number' ? String(raw) : textOf(raw))
  );
}

/** Days from 1899-12-30, Excel's day 0, to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A number of eight digits typed into a cell, such as 20201008, as text:
 * a plain number, or one a date-formatted cell turned into a date of the
 * 57th millennium (exceljs reads a number in such a cell as a day
 * serial).
 */
function eightDigits(raw: RawCell): string | undefined {
  const serial =
    raw instanceof Date && raw.getUTCFullYear() > 9999
      ? Math.round(raw.getTime() / 86_400_000) + EXCEL_EPOCH_DAYS
      : raw;
  return typeof serial === 'number' &&
    Number.isInteger(serial) &&
    /^\d{8}$/.test(String(serial))
    ? String(serial)
    : undefined;
}
