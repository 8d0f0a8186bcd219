import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

import { CATEGORIES } from '@duibiao/core';
import { textCell } from '@duibiao/io';
import ExcelJS from 'exceljs';

import type { DispatchCounts, DispatchReport } from './dispatch-report.js';
import { COUNT_HEADERS } from './report-text.js';

type Cell = string | number | null;

/** Shares are written as fractions and shown as percentages. */
const SHARE_FORMAT = '0.0%';

/**
 * Writes a dispatch report as an Excel workbook: 县区排名 (the counties in
 * rank order, with the change since the previous report, and a 合计 row),
 * 乡镇明细 (each county's townships) and 说明 (the date, the previous
 * report's date and the definitions). Shares are numbers shown as
 * percentages with one decimal; a change with nothing to compare is empty.
 *
 * @param path - The file, such as `out/调度通报.xlsx`; parent folders are
 * created.
 * @param report - From `dispatchReport`.
 * @returns When the file is written.
 * @throws The file system's error when it cannot be written.
 * @example
 * await writeDispatchXlsx('out/调度通报.xlsx', report);
 */
export async function writeDispatchXlsx(
  path: string,
  report: DispatchReport,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duibiao';

  const ranking = workbook.addWorksheet('县区排名', frozenHeader());
  addHeader(ranking, [
    '排名',
    '县区',
    ...COUNT_HEADERS,
    '较上期问题数',
    '较上期已解决',
    '较上期逾期',
  ]);
  for (const county of report.counties) {
    const { change } = county;
    addCounts(ranking, [county.rank, textCell(county.county)], county, [
      change?.total ?? null,
      change?.cleared ?? null,
      change?.overdue ?? null,
    ]);
  }
  addCounts(ranking, [null, '合计'], report.province, []).font = {
    bold: true,
  };

  const townships = workbook.addWorksheet('乡镇明细', frozenHeader());
  addHeader(townships, ['县区', '乡镇', ...COUNT_HEADERS]);
  for (const county of report.counties) {
    for (const row of county.townships) {
      const place = [textCell(row.county), textCell(row.township)];
      addCounts(townships, place, row, []);
    }
  }

  const notes = workbook.addWorksheet('说明');
  notes.addRow(['基准日', report.asOf]);
  notes.addRow(['上期通报', report.previousAsOf ?? '无']);
  notes.addRow([]);
  for (const note of report.notes) notes.addRow([textCell(note)]);
  notes.getColumn(1).width = 12;
  notes.getColumn(2).width = 14;

  await mkdir(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}

function frozenHeader(): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', ySplit: 1 }] };
}

function addHeader(sheet: ExcelJS.Worksheet, headers: readonly string[]) {
  const row = sheet.addRow(headers);
  row.font = { bold: true };
  row.alignment = { horizontal: 'center', wrapText: true };
  headers.forEach((header, index) => {
    // Chinese characters are two of Excel's columns wide.
    sheet.getColumn(index + 1).width = Math.max(8, header.length * 2 + 2);
  });
}

/** Adds a row: the place cells, the counts, then any cells after them. */
function addCounts(
  sheet: ExcelJS.Worksheet,
  place: readonly Cell[],
  counts: DispatchCounts,
  after: readonly Cell[],
): ExcelJS.Row {
  const row = sheet.addRow([
    ...place,
    counts.total,
    ...CATEGORIES.map((category) => counts.byCategory[category]),
    counts.verified,
    counts.verifiedShare,
    counts.cleared,
    counts.clearedShare,
    counts.overdue,
    ...after,
  ]);
  const first = place.length + 1 + CATEGORIES.length + 1;
  row.getCell(first + 1).numFmt = SHARE_FORMAT;
  row.getCell(first + 3).numFmt = SHARE_FORMAT;

  return row;
}
