import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

import { textCell } from '@duibiao/io';
import ExcelJS from 'exceljs';

import {
  MISMATCH_HEADERS,
  mismatchCells,
  weeklyFacts,
} from './weekly-cells.js';
import type { WeeklyWriteOptions } from './weekly-markdown.js';
import type { WeeklyReport } from './weekly-report.js';

/**
 * Writes a department's weekly spot-check report as an Excel workbook:
 * 汇总 (the week and its counts) and 问题清单 (each mismatch and how it
 * is handled). ID and mobile numbers are masked unless `unmask` is set;
 * texts are written as text, never as formulas.
 *
 * @param path - The file, such as `out/民政部门周报.xlsx`; parent folders
 * are created.
 * @param report - From `weeklyReport`.
 * @param options - Whether to show numbers in full.
 * @returns When the file is written.
 * @throws The file system's error when it cannot be written.
 * @example
 * await writeWeeklyXlsx('out/民政部门周报.xlsx', report);
 */
export async function writeWeeklyXlsx(
  path: string,
  report: WeeklyReport,
  options: WeeklyWriteOptions = {},
): Promise<void> {
  const unmask = options.unmask ?? false;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duibiao';

  const summary = workbook.addWorksheet('汇总');
  for (const [label, value] of weeklyFacts(report))
    summary.addRow([label, textCell(value)]);
  summary.addRow([]);
  summary.addRow(['依据', '陕脱贫发〔2020〕9号 三（二）']);
  summary.getColumn(1).width = 12;
  summary.getColumn(2).width = 48;
  summary.getColumn(1).font = { bold: true };

  const list = workbook.addWorksheet('问题清单', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = list.addRow([...MISMATCH_HEADERS]);
  header.font = { bold: true };
  MISMATCH_HEADERS.forEach((text, index) => {
    list.getColumn(index + 1).width = Math.max(10, text.length * 2 + 4);
  });
  for (const mismatch of report.mismatches)
    list.addRow(mismatchCells(mismatch, unmask).map(textCell));

  await mkdir(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}
