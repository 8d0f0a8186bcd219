import {
  CATEGORIES,
  CATEGORY_LABELS,
  type Category,
  FINDING_STATUS_LABELS,
  INDICATOR_LABELS,
  INDICATORS,
  type Indicator,
  SEVERITIES,
  SEVERITY_LABELS,
  type Severity,
} from '@duibiao/core';
import type ExcelJS from 'exceljs';

import { HEADERS, type XlsxFinding } from './xlsx-findings-sheet.js';
import {
  HEADER_STYLE,
  printOptions,
  textCell,
  thinBox,
} from './xlsx-layout.js';

/** What the 汇总 sheet names where a finding's county is unknown. */
const UNKNOWN_COUNTY = '（县不详）';

/** What the 汇总 sheet names where a finding's township is unknown. */
const UNKNOWN_TOWNSHIP = '（乡镇不详）';

/** Findings counted by category and by severity. */
interface Tally {
  county: string | null;
  township: string | null;
  total: number;
  categories: Map<Category, number>;
  severities: Map<Severity, number>;
}

type Cell = string | number | null;

/** How the 汇总 sheet is made. */
export interface SummarySheetOptions {
  /** Count findings by status (新发现, 持续存在) too. */
  status: boolean;
  /** The name of the 问题清单 sheet holding a township's findings. */
  sheetOf: (county: string | null, township: string | null) => string;
}

/**
 * Adds the 汇总 sheet: the number of findings, by status when compared,
 * then four tables — by county and by township (each with its counts by
 * category and by severity, and the township's 问题清单 sheet), by
 * category (all four, none left out) and by indicator (those found, most
 * first) — each ending in a 合计 row. Counties and townships come in the
 * order of the findings (by region code), unknown ones last.
 *
 * @param workbook - The streaming workbook.
 * @param name - The sheet's name.
 * @param findings - Every finding of the check.
 * @param options - Status, and where each township's findings are.
 */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  name: string,
  findings: readonly XlsxFinding[],
  options: SummarySheetOptions,
): void {
  const title = '对标补短问题汇总';
  const sheet = workbook.addWorksheet(name, printOptions('landscape', title));
  sheet.columns = [18, 16, 16, 16, 16, 16, 12, 12, 12, 12, 16].map((width) => ({
    width,
  }));
  const add = (values: Cell[], style?: Partial<ExcelJS.Style>) => {
    const row = sheet.addRow(values.map(cellOf));
    if (style) {
      row.eachCell((cell) => {
        cell.style = { ...cell.style, ...style };
      });
    }
    row.commit();
  };

  add([title], { font: { bold: true, size: 14 } });
  add(['问题总数', findings.length], { font: { bold: true } });
  if (options.status) {
    for (const status of ['new', 'persisting'] as const) {
      const count = findings.filter((f) => f.status === status).length;
      add([FINDING_STATUS_LABELS[status], count]);
    }
  }

  const counties = tallies(findings, false);
  const townships = tallies(findings, true);
  const breakdown = [
    ...CATEGORIES.map((c) => CATEGORY_LABELS[c]),
    ...SEVERITIES.map((s) => `${HEADERS.severity}：${SEVERITY_LABELS[s]}`),
  ];
  const countsOf = (tally: Tally) => [
    tally.total,
    ...CATEGORIES.map((c) => tally.categories.get(c) ?? 0),
    ...SEVERITIES.map((s) => tally.severities.get(s) ?? 0),
  ];
  const all = emptyTally(null, null);
  for (const finding of findings) count(all, finding);

  table(
    add,
    '按县统计',
    [HEADERS.county, '问题数', ...breakdown],
    [
      ...counties.map((t) => [t.county ?? UNKNOWN_COUNTY, ...countsOf(t)]),
      ['合计', ...countsOf(all)],
    ],
  );
  table(
    add,
    '按乡镇统计',
    [HEADERS.county, HEADERS.township, '问题数', ...breakdown, '工作表'],
    [
      ...townships.map((t) => [
        t.county ?? UNKNOWN_COUNTY,
        t.township ?? UNKNOWN_TOWNSHIP,
        ...countsOf(t),
        options.sheetOf(t.county, t.township),
      ]),
      ['合计', null, ...countsOf(all), null],
    ],
  );
  table(
    add,
    '按问题类别统计',
    [HEADERS.category, '问题数'],
    [
      ...CATEGORIES.map((c) => [
        CATEGORY_LABELS[c],
        all.categories.get(c) ?? 0,
      ]),
      ['合计', findings.length],
    ],
  );
  table(
    add,
    '按指标统计',
    [HEADERS.indicator, '问题数'],
    [
      ...byIndicator(findings).map(([i, n]) => [INDICATOR_LABELS[i], n]),
      ['合计', findings.length],
    ],
  );

  sheet.commit();
}

/** Writes a table: a blank row, its title, its header, its rows. */
function table(
  add: (values: Cell[], style?: Partial<ExcelJS.Style>) => void,
  title: string,
  header: string[],
  rows: Cell[][],
): void {
  add([]);
  add([title], { font: { bold: true, size: 12 } });
  add(header, HEADER_STYLE);
  rows.forEach((row, index) => {
    const total = index === rows.length - 1;
    add(row, { border: thinBox(), ...(total ? { font: { bold: true } } : {}) });
  });
}

function cellOf(value: Cell): Cell {
  return typeof value === 'number' ? value : textCell(value);
}

/**
 * Tallies findings by county, or by county and township, in the order
 * the places first appear; a place with a part unknown goes last.
 */
function tallies(
  findings: readonly XlsxFinding[],
  byTownship: boolean,
): Tally[] {
  const groups = new Map<string, Tally>();
  for (const finding of findings) {
    const township = byTownship ? finding.township : null;
    const key = JSON.stringify([finding.county, township]);
    let tally = groups.get(key);
    if (!tally) {
      tally = emptyTally(finding.county, township);
      groups.set(key, tally);
    }
    count(tally, finding);
  }

  const all = [...groups.values()];
  const unknown = (t: Tally) =>
    t.county === null || (byTownship && t.township === null);

  return [...all.filter((t) => !unknown(t)), ...all.filter(unknown)];
}

function emptyTally(county: string | null, township: string | null): Tally {
  return {
    county,
    township,
    total: 0,
    categories: new Map(),
    severities: new Map(),
  };
}

function count(tally: Tally, { category, severity }: XlsxFinding): void {
  tally.total += 1;
  tally.categories.set(category, (tally.categories.get(category) ?? 0) + 1);
  tally.severities.set(severity, (tally.severities.get(severity) ?? 0) + 1);
}

/** Indicators found, the most first; ties in the data format's order. */
function byIndicator(findings: readonly XlsxFinding[]): [Indicator, number][] {
  const counts = new Map<Indicator, number>();
  for (const { indicator } of findings) {
    counts.set(indicator, (counts.get(indicator) ?? 0) + 1);
  }

  return INDICATORS.filter((i) => counts.has(i))
    .map((i): [Indicator, number] => [i, counts.get(i) ?? 0])
    .sort((a, b) => b[1] - a[1]);
}
