import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { CATEGORY_LABELS, SEVERITY_LABELS } from '@duibiao/core';
import { maskFinding, textCell as sheetText } from '@duibiao/io';
import ExcelJS from 'exceljs';

import type { HistoryEntry, LedgerEntry } from '../types.js';
import {
  FILL_IN_HEADERS,
  LINE_COLUMNS,
  SHEET_HEADERS,
  SHEET_NAME,
} from './columns.js';
import { UNKNOWN_COUNTY, UNKNOWN_TOWNSHIP } from '../places.js';
import { addGuideSheet } from './guide-sheet.js';
import type { SheetFile, WriteSheetsOptions } from './types.js';

/** The findings of one township, for one file. */
interface Group {
  county: string | null;
  township: string | null;
  entries: LedgerEntry[];
}

/**
 * Writes one verification sheet (核实表) per township of the entries
 * given, for the township and the line department to give their opinions
 * on and the poverty-alleviation office to review (双线核实,
 * 陕脱贫发〔2020〕9号 四（三）).
 *
 * Each file, `<county>-<township>.xlsx` (未知县 and 未知乡镇 for a finding
 * whose county or township is unknown; characters a file system refuses
 * become `_`, and a name taken twice gets `(2)`), has a 核实表 sheet: a
 * bold header row frozen in place, then a row per finding by village,
 * household, rule and id, describing it (ID numbers and mobile numbers
 * masked unless `unmask`; text that would start a formula neutralised
 * as in findings.xlsx), its status and deadline, and the columns to fill
 * in: each line's opinion, who and when, then 理由 and 佐证材料. The
 * opinion columns have drop-down lists (属实, 不属实, 已整改; 复核结果:
 * 已复核 and the closing statuses). An opinion the ledger holds already
 * is written in its columns, so that the department sees the township's
 * and a second import finds it recorded. A 填写说明 sheet says how to
 * fill it in.
 *
 * @param entries - The entries to list, usually the open ones the
 * latest run found (`ledger.entries({ present: true, open: true })`).
 * @param options - The folder, the date shown, and whether to unmask.
 * @returns Each file written, by county and township.
 * @throws The file system's error when a file cannot be written.
 * @example
 * const files = await writeVerificationSheets(
 *   ledger.entries({ present: true, open: true }),
 *   { out: 'sheets', asOf: '2020-10-08' },
 * );
 */
export async function writeVerificationSheets(
  entries: readonly LedgerEntry[],
  options: WriteSheetsOptions,
): Promise<SheetFile[]> {
  const groups = byTownship(entries);
  const taken = new Set<string>();
  const files: SheetFile[] = [];
  await mkdir(options.out, { recursive: true });

  for (const group of groups) {
    const name = claimName(group, taken);
    const path = join(options.out, name);
    const workbook = sheetWorkbook(group, options);
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    files.push({
      path,
      county: group.county,
      township: group.township,
      rows: group.entries.length,
    });
  }

  return files;
}

/** The entries by township, townships in order, unknown ones last. */
function byTownship(entries: readonly LedgerEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const { county, township } = entry.finding;
    const key = JSON.stringify([county, township]);
    let group = groups.get(key);
    if (!group) {
      group = { county, township, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }

  const sorted = [...groups.values()].sort(
    (a, b) =>
      compareText(a.county, b.county) || compareText(a.township, b.township),
  );
  for (const group of sorted) group.entries.sort(compareEntries);
  return sorted;
}

function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  const x = a.finding;
  const y = b.finding;

  return (
    compareText(x.village, y.village) ||
    compareText(x.householdId, y.householdId) ||
    compareText(x.ruleId, y.ruleId) ||
    compareText(x.findingId, y.findingId)
  );
}

/** Orders texts by code unit, unknown (`null`) last. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

// Characters Windows, macOS or Linux refuse in a file name.
const NOT_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;

/**
 * The group's file name, made safe and not yet taken (file systems that
 * ignore case would take `A` and `a` for one file).
 */
function claimName(group: Group, taken: Set<string>): string {
  const part = (text: string | null, unknown: string) =>
    (text ?? '')
      .replace(NOT_IN_FILE_NAME, '_')
      .trim()
      .replace(/[. ]+$/, '') || unknown;
  const base = `${part(group.county, UNKNOWN_COUNTY)}-${part(group.township, UNKNOWN_TOWNSHIP)}`;

  for (let number = 1; ; number += 1) {
    const name = number === 1 ? `${base}.xlsx` : `${base}(${number}).xlsx`;
    if (taken.has(name.toLowerCase())) continue;

    taken.add(name.toLowerCase());
    return name;
  }
}

/** Widths of the columns, in Excel's character columns, by header. */
const WIDTHS: Readonly<Record<string, number>> = {
  问题编号: 18,
  规则编号: 24,
  问题类别: 14,
  问题描述: 48,
  证件号码: 22,
  户编号: 14,
  责任部门: 12,
};

/** Columns of codes: text cells, so that Excel keeps 0001 as it is. */
const CODE_HEADERS = new Set(['问题编号', '户编号', '证件号码']);

const DATE_HEADERS = new Set(LINE_COLUMNS.map((c) => c.on));

const FILL_IN = new Set(FILL_IN_HEADERS);

const FILL_IN_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

function sheetWorkbook(
  group: Group,
  options: WriteSheetsOptions,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duibiao';
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToWidth: 1 },
  });
  sheet.columns = SHEET_HEADERS.map((header) => ({
    width: WIDTHS[header] ?? (FILL_IN.has(header) ? 14 : 10),
    style: {
      alignment: { vertical: 'top', wrapText: header === '问题描述' },
      ...(CODE_HEADERS.has(header) ? { numFmt: '@' } : {}),
      ...(DATE_HEADERS.has(header) ? { numFmt: 'yyyy-mm-dd' } : {}),
    },
  }));

  const header = sheet.addRow([...SHEET_HEADERS]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: SHEET_HEADERS.length },
  };

  for (const entry of group.entries) {
    const row = sheet.addRow(rowValues(entry, options.unmask === true));
    SHEET_HEADERS.forEach((name, index) => {
      if (FILL_IN.has(name)) row.getCell(index + 1).fill = FILL_IN_FILL;
    });
  }
  addDropDowns(sheet, group.entries.length + 1);

  addGuideSheet(workbook, { ...group, asOf: options.asOf });
  return workbook;
}

/** A finding's cells, in {@link SHEET_HEADERS} order. */
function rowValues(entry: LedgerEntry, unmask: boolean): ExcelJS.CellValue[] {
  const f = maskFinding(entry.finding, unmask);
  const described = [
    f.findingId,
    f.ruleId,
    CATEGORY_LABELS[f.category],
    SEVERITY_LABELS[f.severity],
    f.county,
    f.township,
    f.village,
    f.householdId,
    f.memberId,
    f.message,
    f.department,
    f.action,
    entry.status,
    entry.deadline,
  ].map((text) => sheetText(text));

  const given = givenOpinions(entry.history);
  const filled = LINE_COLUMNS.flatMap((columns): ExcelJS.CellValue[] => {
    const step = given.get(columns.line);
    if (!step) return [null, null, null];
    return [sheetText(step.result), sheetText(step.who), dateCell(step.on)];
  });

  // 理由 and 佐证材料 stay blank: one line's reason written there would
  // be read back as the reason of an opinion added later in the row.
  return [...described, ...filled, null, null];
}

/**
 * Each line's latest opinion in the current round of verification: the
 * one since the finding was last found again after being closed.
 */
function givenOpinions(
  history: readonly HistoryEntry[],
): Map<string, HistoryEntry> {
  const given = new Map<string, HistoryEntry>();
  for (const step of history) {
    if (step.line === 'run') {
      if (step.result === '重新发现') given.clear();
      continue;
    }
    given.set(step.line, step);
  }

  return given;
}

/** A `YYYY-MM-DD` date as a workbook date (midnight UTC, as Excel keeps it). */
function dateCell(on: string): Date {
  return new Date(`${on}T00:00:00Z`);
}

/**
 * The drop-down lists of the opinion columns, one range a column from
 * row 2 to the last. (Set cell by cell, exceljs 4.4 writes overlapping
 * ranges for ten rows or more, which some spreadsheets read as the first
 * range alone.)
 */
/** exceljs's worksheet has them; its type declarations leave them out. */
type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
};

function addDropDowns(sheet: ExcelJS.Worksheet, lastRow: number): void {
  if (lastRow < 2) return;
  for (const columns of LINE_COLUMNS) {
    const column = sheet.getColumn(
      SHEET_HEADERS.indexOf(columns.opinion) + 1,
    ).letter;
    (sheet as SheetWithValidations).dataValidations.add(
      `${column}2:${column}${lastRow}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${columns.choices.join(',')}"`],
        showInputMessage: true,
        promptTitle: columns.opinion,
        prompt: `请从下拉列表中选择：${columns.choices.join('、')}`,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: columns.opinion,
        error: `只能填写：${columns.choices.join('、')}`,
      },
    );
  }
}
