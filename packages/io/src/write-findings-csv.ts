import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import {
  CATEGORY_LABELS,
  type Finding,
  FINDING_COLUMNS,
  FINDING_STATUS_COLUMN,
  FINDING_STATUS_LABELS,
  type FindingStatus,
  SEVERITY_LABELS,
} from '@duibiao/core';

import { csvLine } from './csv-cell.js';
import { encodeGbk } from './encode-gbk.js';
import { maskFinding } from './mask-ids.js';

/** Options of {@link writeFindingsCsv}. */
export interface FindingsCsvOptions {
  /**
   * Write ID numbers in full. Only for staff entitled to see them.
   *
   * @default false
   */
  unmask?: boolean;
  /**
   * Add a 状态 column after 问题编号 that names each finding's `status`
   * against an earlier run in Chinese (新发现, 持续存在); a finding
   * without one leaves the cell empty. Set it when the findings are
   * those of `diffFindings` of `@duibiao/core`.
   *
   * @default false
   */
  status?: boolean;
  /**
   * The file's character encoding: `utf-8` with a byte-order mark, which
   * Excel 2016 and later, WPS and every program read, or `gbk` without
   * one, for older Excel on a Chinese Windows, which takes a CSV file
   * for GBK whatever it holds. A character GBK cannot encode is written
   * as `?` and counted in the result.
   *
   * @default 'utf-8'
   */
  encoding?: CsvEncoding;
}

/** The character encodings {@link writeFindingsCsv} writes. */
export type CsvEncoding = 'utf-8' | 'gbk';

/** What {@link writeFindingsCsv} wrote that the user should know. */
export interface FindingsCsvResult {
  /**
   * How many characters the encoding cannot hold were written as `?`;
   * always 0 for UTF-8.
   */
  unencodable: number;
  /** The first few distinct such characters, in order of appearance. */
  unencodableCharacters: string[];
}

/** A finding of the CSV, with its status when it was compared. */
export type CsvFinding = Finding & {
  /** `new` or `persisting` when the run was compared with an earlier one. */
  status?: FindingStatus;
};

/** A column of the CSV: a field of a finding, or its status. */
type CsvKey = keyof Finding | 'status';

/**
 * The columns that hold codes: Excel would turn 0001 into 1, 2020-01
 * into a date and 1e5… into a number, so they are always kept as text.
 */
const CODE_KEYS: ReadonlySet<CsvKey> = new Set<CsvKey>([
  'findingId',
  'regionCode',
  'householdId',
  'memberId',
]);

/** The columns, with the status after 问题编号 when it is asked for. */
function columnsOf(status: boolean): (readonly [CsvKey, string])[] {
  const [id, ...rest] = FINDING_COLUMNS;

  return status ? [id, FINDING_STATUS_COLUMN, ...rest] : [id, ...rest];
}

/**
 * Writes findings as CSV for people to open in Excel or WPS: UTF-8 with a
 * byte-order mark (so that Excel shows the Chinese), or GBK with
 * `encoding: 'gbk'`, the Chinese headers of the findings table, category
 * and severity as their Chinese labels, and ID numbers masked
 * (`1101**********002X`) unless `unmask` is set, in the 证件号码 column and
 * wherever one appears in a message, as are mobile numbers in a message
 * (`138****5678`). Cells that would start a formula (`=`, `+`, `-`, `@`,
 * their full-width forms, a tab or a carriage return first) are
 * neutralised with a leading apostrophe.
 *
 * The code columns, 问题编号, 行政区划代码, 户编号 and 证件号码, are
 * written as quoted fields starting with a tab character,
 * `"\t6101241012010001"`, whenever they hold something: Excel would
 * otherwise open 户编号 0001 as 1, 2020-01 as a date, a finding id such
 * as 1e5… as a number, and 16 digits as 6.10124E+15 with only 15 kept.
 * So is any other cell of 12 or more digits only. The tab keeps the cell
 * text; a program that reads the file should trim it. A code that starts
 * a formula is neutralised first, so the tab comes before the apostrophe.
 *
 * With `status`, a 状态 column after 问题编号 says whether each finding is
 * new since an earlier run (新发现) or was found then too (持续存在).
 *
 * @param path - The file to write; parent folders are created.
 * @param findings - The findings of a check, with or without status.
 * @param options - Whether to write ID numbers in full, whether to add
 * the 状态 column, and the encoding.
 * @returns How many characters the encoding could not hold.
 * @throws The file system's error when the file cannot be written.
 * @example
 * await writeFindingsCsv('out/findings.csv', findings);
 * await writeFindingsCsv('out/findings-full.csv', findings, { unmask: true });
 * const { unencodable } = await writeFindingsCsv('out/findings.csv', findings, {
 *   encoding: 'gbk',
 * });
 */
export async function writeFindingsCsv(
  path: string,
  findings: readonly CsvFinding[],
  options: FindingsCsvOptions = {},
): Promise<FindingsCsvResult> {
  const unmask = options.unmask ?? false;
  const columns = columnsOf(options.status ?? false);
  const codes = new Set(
    columns.flatMap(([key], index) => (CODE_KEYS.has(key) ? [index] : [])),
  );

  const lines = [csvLine(columns.map(([, header]) => header))];
  for (const finding of findings) {
    const shown = maskFinding(finding, unmask);
    const cells = columns.map(([key]) => cellOf(shown, key));
    lines.push(csvLine(cells, codes));
  }

  const text = lines.join('');
  const encoded =
    options.encoding === 'gbk'
      ? encodeGbk(text)
      : {
          bytes: Buffer.from(`\uFEFF${text}`, 'utf8'),
          unencodable: 0,
          unencodableCharacters: [],
        };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, encoded.bytes);

  return {
    unencodable: encoded.unencodable,
    unencodableCharacters: encoded.unencodableCharacters,
  };
}

function cellOf(finding: CsvFinding, key: CsvKey): string {
  switch (key) {
    case 'status':
      return finding.status ? FINDING_STATUS_LABELS[finding.status] : '';
    case 'category':
      return CATEGORY_LABELS[finding.category];
    case 'severity':
      return SEVERITY_LABELS[finding.severity];
    default: {
      const value = finding[key];
      return value === null || value === undefined ? '' : String(value);
    }
  }
}
