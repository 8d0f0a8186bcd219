import {
  CATEGORY_LABELS,
  type Finding,
  FINDING_COLUMNS,
  FINDING_STATUS_COLUMN,
  FINDING_STATUS_LABELS,
  type FindingStatus,
  INDICATOR_LABELS,
  SEVERITY_LABELS,
} from '@duibiao/core';
import type ExcelJS from 'exceljs';

import { columnLetter } from './column-letter.js';
import { maskFinding } from './mask-ids.js';
import {
  displayWidth,
  HEADER_STYLE,
  printOptions,
  textCell,
  thinBox,
} from './xlsx-layout.js';

/** A finding of the workbook, with its status when it was compared. */
export type XlsxFinding = Finding & { status?: FindingStatus };

/** The Chinese headers of the findings table, by key. */
export const HEADERS = Object.fromEntries(FINDING_COLUMNS) as Readonly<
  Record<(typeof FINDING_COLUMNS)[number][0], string>
>;

/** The workbook's own columns: the row's number, and the verification. */
const ROW_NUMBER = '序号';
const VERIFIED_AS = '核查结果';
const VERIFIED_BY = '核查人';
const VERIFIED_ON = '核查日期';

/** The answers the 核查结果 drop-down list offers. */
export const VERIFICATION_ANSWERS = [
  '属实',
  '不属实',
  '已整改',
  '需进一步核实',
] as const;

/** The dates 核查日期 takes: any day of this century. */
const VERIFIED_FROM = new Date(Date.UTC(2000, 0, 1));
const VERIFIED_TO = new Date(Date.UTC(2099, 11, 31));

/** A column of a 问题清单 sheet. */
interface Column {
  header: string;
  /** Narrowest and widest width, in Excel's character columns. */
  min: number;
  max: number;
  /** Long text, wrapped onto several lines. */
  wrap?: boolean;
  /** A code: the column is formatted as text, so 0001 stays 0001. */
  code?: boolean;
  /** What the verification team fills in: shaded, left empty. */
  blank?: boolean;
  /** The cell's value for the finding at a 0-based place in the sheet. */
  value: (finding: XlsxFinding, index: number) => string | number | null;
}

const VERIFY_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};

/** What a 问题清单 sheet shows. */
export interface FindingsSheetOptions {
  /** Write ID numbers and mobile numbers in full. */
  unmask: boolean;
  /** Add the 状态 column after 问题编号. */
  status: boolean;
  /** The page header when printed, such as `周至县 终南镇 问题清单`. */
  title: string;
}

/**
 * The columns of a 问题清单 sheet: 序号, the findings table's columns
 * with their Chinese headers and labels (状态 after 问题编号 when asked
 * for), and the three columns the verification team fills in.
 */
function columnsOf(options: FindingsSheetOptions): Column[] {
  const status: Column[] = options.status
    ? [
        {
          header: FINDING_STATUS_COLUMN[1],
          min: 8,
          max: 10,
          value: (f) => (f.status ? FINDING_STATUS_LABELS[f.status] : null),
        },
      ]
    : [];

  return [
    { header: ROW_NUMBER, min: 5, max: 8, value: (_f, index) => index + 1 },
    {
      header: HEADERS.findingId,
      min: 10,
      max: 20,
      code: true,
      value: (f) => f.findingId,
    },
    ...status,
    { header: HEADERS.ruleId, min: 10, max: 36, value: (f) => f.ruleId },
    {
      header: HEADERS.category,
      min: 10,
      max: 16,
      value: (f) => CATEGORY_LABELS[f.category],
    },
    {
      header: HEADERS.indicator,
      min: 6,
      max: 12,
      value: (f) => INDICATOR_LABELS[f.indicator],
    },
    {
      header: HEADERS.severity,
      min: 10,
      max: 10,
      value: (f) => SEVERITY_LABELS[f.severity],
    },
    {
      header: HEADERS.regionCode,
      min: 8,
      max: 16,
      code: true,
      value: (f) => f.regionCode,
    },
    { header: HEADERS.county, min: 6, max: 14, value: (f) => f.county },
    { header: HEADERS.township, min: 6, max: 16, value: (f) => f.township },
    { header: HEADERS.village, min: 6, max: 16, value: (f) => f.village },
    {
      header: HEADERS.householdId,
      min: 8,
      max: 20,
      code: true,
      value: (f) => f.householdId,
    },
    {
      header: HEADERS.memberId,
      min: 10,
      max: 22,
      code: true,
      value: (f) => f.memberId,
    },
    {
      header: HEADERS.message,
      min: 30,
      max: 60,
      wrap: true,
      value: (f) => f.message,
    },
    {
      header: HEADERS.basis,
      min: 16,
      max: 30,
      wrap: true,
      value: (f) => f.basis,
    },
    {
      header: HEADERS.department,
      min: 10,
      max: 16,
      value: (f) => f.department,
    },
    { header: HEADERS.action, min: 10, max: 10, value: (f) => f.action },
    { header: VERIFIED_AS, min: 14, max: 14, blank: true, value: () => null },
    { header: VERIFIED_BY, min: 10, max: 10, blank: true, value: () => null },
    { header: VERIFIED_ON, min: 12, max: 12, blank: true, value: () => null },
  ];
}

/**
 * Adds a 问题清单 sheet: a header row frozen in place, repeated on each
 * printed page and under an auto filter, a row per finding with the text
 * neutralised against formulas and ID numbers masked unless asked, and
 * empty 核查结果 (a drop-down list of {@link VERIFICATION_ANSWERS}),
 * 核查人 and 核查日期 (a date) columns for the verification team. Printed
 * landscape on A4, one page wide.
 *
 * @param workbook - The workbook (a streaming writer: rows are committed
 * as they are written).
 * @param name - The sheet's name, valid and unique.
 * @param findings - The sheet's findings, in order.
 * @param options - Masking, status and the page header.
 */
export function addFindingsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  findings: readonly XlsxFinding[],
  options: FindingsSheetOptions,
): void {
  const columns = columnsOf(options);
  const rows = findings.map((finding, index) => {
    const shown = maskFinding(finding, options.unmask);
    return columns.map((column) => cellValue(column, shown, index));
  });
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }],
    ...printOptions('landscape', options.title, '1:1'),
  });

  sheet.columns = columns.map((column, index) => ({
    width: widthOf(column, rows, index),
    style: {
      alignment: { vertical: 'top', wrapText: column.wrap === true },
      ...(column.code ? { numFmt: '@' } : {}),
      ...(column.header === VERIFIED_ON ? { numFmt: 'yyyy-mm-dd' } : {}),
    },
  }));
  const last = columnLetter(columns.length - 1);
  sheet.autoFilter = `A1:${last}${findings.length + 1}`;

  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.style = { ...cell.style, ...HEADER_STYLE };
  });
  header.commit();

  for (const values of rows) {
    const row = sheet.addRow(values);
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.border = thinBox();
      if (column.blank) cell.fill = VERIFY_FILL;
    });
    row.commit();
  }

  if (findings.length > 0) addValidations(sheet, columns, findings.length);
  sheet.commit();
}

function cellValue(
  column: Column,
  finding: XlsxFinding,
  index: number,
): string | number | null {
  const value = column.value(finding, index);

  return typeof value === 'number' ? value : textCell(value);
}

/** The column's width: its longest line, within its bounds. */
function widthOf(
  column: Column,
  rows: readonly (string | number | null)[][],
  index: number,
): number {
  let widest = displayWidth(column.header);
  for (const row of rows) {
    const value = row[index];
    if (value === null || value === undefined) continue;
    for (const line of String(value).split('\n')) {
      widest = Math.max(widest, displayWidth(line));
    }
  }

  // Two more for the filter's button beside the header and the margins.
  return Math.min(column.max, Math.max(column.min, widest + 2));
}

/**
 * exceljs keeps a sheet's validations in `dataValidations`, keyed by a
 * cell or a range, but leaves it out of its types. One entry per column
 * range keeps the file small, where one per cell would repeat it on each
 * row.
 */
interface SheetWithValidations {
  dataValidations: {
    add(range: string, validation: ExcelJS.DataValidation): void;
  };
}

function addValidations(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  count: number,
): void {
  const range = (header: string) => {
    const letter = columnLetter(columns.findIndex((c) => c.header === header));
    return `${letter}2:${letter}${count + 1}`;
  };
  const { dataValidations } = sheet as unknown as SheetWithValidations;

  dataValidations.add(range(VERIFIED_AS), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${VERIFICATION_ANSWERS.join(',')}"`],
    showInputMessage: true,
    promptTitle: VERIFIED_AS,
    prompt: `请从下拉列表中选择：${VERIFICATION_ANSWERS.join('、')}`,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: VERIFIED_AS,
    error: `只能填写：${VERIFICATION_ANSWERS.join('、')}`,
  });
  dataValidations.add(range(VERIFIED_ON), {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [VERIFIED_FROM, VERIFIED_TO],
    showInputMessage: true,
    promptTitle: VERIFIED_ON,
    prompt: '填写核查的日期，如 2020-10-08',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: VERIFIED_ON,
    error: '请填写 2000 年至 2099 年间的日期，如 2020-10-08',
  });
}
