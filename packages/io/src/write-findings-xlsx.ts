import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';

import type { Finding, FindingStatus } from '@duibiao/core';
import ExcelJS from 'exceljs';

import { SheetNames } from './sheet-names.js';
import { addFindingsSheet, type XlsxFinding } from './xlsx-findings-sheet.js';
import { addSummarySheet } from './xlsx-summary-sheet.js';

/** Options of {@link writeFindingsXlsx}. */
export interface FindingsXlsxOptions {
  /**
   * Write ID numbers and mobile numbers in full. Only for staff entitled
   * to see them.
   *
   * @default false
   */
  unmask?: boolean;
  /**
   * Add a 状态 column after 问题编号 naming each finding's `status` against
   * an earlier run (新发现, 持续存在), and count them on the 汇总 sheet.
   * Set it when the findings are those of `diffFindings` of
   * `@duibiao/core`.
   *
   * @default false
   */
  status?: boolean;
}

/** The name of the sheet of the findings whose township is unknown. */
const NO_TOWNSHIP_SHEET = '乡镇不详';

/** The findings of one 问题清单 sheet. */
interface SheetGroup {
  county: string | null;
  /** `null` for the one sheet of findings whose township is unknown. */
  township: string | null;
  findings: XlsxFinding[];
}

/**
 * Writes findings as an Excel workbook for the people who verify them: a
 * 汇总 sheet that counts them by county, township, category and indicator,
 * then a 问题清单 sheet per township, named after it, in the order of the
 * findings (by region code), and last one sheet, 乡镇不详, for findings
 * whose township is unknown.
 *
 * A sheet name is cut to Excel's 31 characters, `[ ] : * ? / \` and
 * apostrophes become `_`, and a township name that two counties share is
 * followed by its county, `城关镇(甲县)`; a name still taken gets `(2)`,
 * `(3)` and so on.
 *
 * Each 问题清单 sheet has the Chinese headers of the findings table after a
 * 序号, with category, indicator and severity as their Chinese labels; the
 * header row is frozen, filtered and repeated on each printed page, and
 * the sheet prints landscape on A4, one page wide. ID numbers are masked
 * (`1101**********002X`) in 证件号码 and in 问题描述, as are mobile
 * numbers (`138****5678`), unless `unmask` is set. Three empty columns
 * follow for the verification team: 核查结果, a drop-down list of 属实,
 * 不属实, 已整改 and 需进一步核实; 核查人; and 核查日期, which takes a date.
 *
 * Every text cell that would start a formula (`=`, `+`, `-`, `@`, their
 * full-width forms, a tab or a carriage return first) gets a leading
 * apostrophe, as in findings.csv, and a character no workbook may hold
 * (a control character, U+FFFE) is written as U+FFFD; counts and 序号 are
 * numbers. Codes (问题编号, 行政区划代码,
 * 户编号, 证件号码) are text cells, so Excel keeps 0001 and 18 digits as
 * they are.
 *
 * @param path - The file to write; parent folders are created.
 * @param findings - The findings of a check, with or without status.
 * @param options - Whether to write ID numbers in full, and whether to
 * add the 状态 column.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * await writeFindingsXlsx('out/findings.xlsx', findings);
 * await writeFindingsXlsx('out/findings.xlsx', diff.findings, { status: true });
 */
export async function writeFindingsXlsx(
  path: string,
  findings: readonly (Finding & { status?: FindingStatus })[],
  options: FindingsXlsxOptions = {},
): Promise<void> {
  const unmask = options.unmask ?? false;
  const status = options.status ?? false;
  const groups = sheetGroups(findings);
  const names = new SheetNames();
  const summaryName = names.claim(['汇总']);
  const sheetNames = nameSheets(groups, names);

  // The workbook is streamed, each row written out as it is added,
  // into memory: the zip is small beside the findings, and the file is
  // then written in one call that fails as any other would.
  const stream = new PassThrough();
  const bytes = buffer(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'duibiao';

  const sheetOf = (county: string | null, township: string | null) =>
    sheetNames.get(groupKey(county, township)) ?? '';
  addSummarySheet(workbook, summaryName, findings, { status, sheetOf });
  for (const group of groups) {
    const name = sheetOf(group.county, group.township);
    const place = group.township ?? NO_TOWNSHIP_SHEET;
    const title = `${group.county ?? ''} ${place} 问题清单`.trim();
    addFindingsSheet(workbook, name, group.findings, { unmask, status, title });
  }
  await workbook.commit();

  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await bytes);
}

/** A group's key: its county and township, or the one unknown group. */
function groupKey(county: string | null, township: string | null): string {
  return township === null ? '' : JSON.stringify([county, township]);
}

/**
 * The findings by township, in the order townships first appear, the
 * findings whose township is unknown (from any county) last.
 */
function sheetGroups(findings: readonly XlsxFinding[]): SheetGroup[] {
  const groups = new Map<string, SheetGroup>();
  for (const finding of findings) {
    const key = groupKey(finding.county, finding.township);
    let group = groups.get(key);
    if (!group) {
      const county = finding.township === null ? null : finding.county;
      group = { county, township: finding.township, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
  }

  const all = [...groups.values()];

  return [
    ...all.filter((group) => group.township !== null),
    ...all.filter((group) => group.township === null),
  ];
}

/**
 * Names each group's sheet after its township; a township name that
 * two counties share is followed by the county's.
 */
function nameSheets(
  groups: readonly SheetGroup[],
  names: SheetNames,
): Map<string, string> {
  const seen = new Map<string, number>();
  for (const { township } of groups) {
    if (township !== null) seen.set(township, (seen.get(township) ?? 0) + 1);
  }

  const named = new Map<string, string>();
  for (const { county, township } of groups) {
    const wanted =
      township === null
        ? [NO_TOWNSHIP_SHEET]
        : (seen.get(township) ?? 0) > 1
          ? [`${township}(${county ?? '县不详'})`]
          : [township];
    named.set(groupKey(county, township), names.claim(wanted, '乡镇'));
  }

  return named;
}
