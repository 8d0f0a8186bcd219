import { textCell as sheetText } from '@duibiao/io';

import type ExcelJS from 'exceljs';

import { CLOSING_STATUSES, VERIFICATION_OPINIONS } from '../statuses.js';
import {
  EVIDENCE_HEADER,
  GUIDE_NAME,
  ID_HEADER,
  LINE_COLUMNS,
  REASON_HEADER,
  SHEET_NAME,
} from './columns.js';

/** What the 填写说明 sheet names. */
export interface GuideFacts {
  /** The sheet's county; `null` when unknown. */
  county: string | null;
  /** The sheet's township; `null` when unknown. */
  township: string | null;
  /** The date the sheet was made for. */
  asOf: string;
}

/**
 * The lines of the 填写说明 sheet: how to fill in the 核实表, in the order
 * the work is done.
 *
 * @param facts - The sheet's place and date.
 * @returns The lines, the title first.
 */
export function guideLines(facts: GuideFacts): string[] {
  const [township, department, review] = LINE_COLUMNS;
  const place = `${facts.county ?? '未知县'} ${facts.township ?? '未知乡镇'}`;

  return [
    '核实表填写说明',
    `${place}，${facts.asOf} 导出。`,
    `1. 「${SHEET_NAME}」每行一个待核实的问题。请勿修改「${ID_HEADER}」，导入时按它找到问题；列的先后可以调整，多加的列不会读取。`,
    `2. 乡镇填写「${township?.opinion}」「${township?.who}」「${township?.on}」，责任部门填写「${department?.opinion}」「${department?.who}」「${department?.on}」。意见从下拉列表选择：${VERIFICATION_OPINIONS.join('、')}。`,
    `3. 乡镇和责任部门双线核查意见都出具后，扶贫部门方可复核（陕脱贫发〔2020〕9号 四（三））。「${review?.opinion}」从下拉列表选择：已复核、${CLOSING_STATUSES.join('、')}。`,
    `4. 复核为「已消疑」的，须填写「${REASON_HEADER}」和「${EVIDENCE_HEADER}」（佐证材料的文件名或编号）；复核为「确认误报」的，须填写「${REASON_HEADER}」。`,
    '5. 日期写作 YYYY-MM-DD，如 2020-10-08。日期不填的，按导入当天记。',
    '6. 已出具的意见已预先填好，请勿改动；再次导入时，已记录的意见不会重复记录。',
    '7. 无法导入的行（问题编号不存在、意见不在下拉列表中、缺少理由、复核早于双线核查等）会在导入时逐行列出文件名、行号和原因，其余各行照常导入。',
  ];
}

/**
 * Adds the 填写说明 sheet to a verification workbook.
 *
 * @param workbook - The workbook.
 * @param facts - The sheet's place and date.
 */
export function addGuideSheet(
  workbook: ExcelJS.Workbook,
  facts: GuideFacts,
): void {
  const sheet = workbook.addWorksheet(GUIDE_NAME);
  sheet.getColumn(1).width = 100;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };

  guideLines(facts).forEach((line, index) => {
    const row = sheet.addRow([sheetText(line)]);
    if (index === 0) row.font = { bold: true, size: 14 };
  });
}
