import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * Input text a spreadsheet would run as a formula, or a page as markup,
 * carried into every output for people. Each value below is a village
 * name (村名) and the 户编号 of the one 贫困户 living there on 3,500 yuan
 * a head, and the village has no road upkeep (村组道路是否落实管护 否).
 * So, as of 2020-09-30, each household gets national/income-below-line
 * (3,500 < 4,000) and each village national/village-infrastructure/
 * road-maintenance, whose message begins with the village's name:
 * `<name>村组道路未落实管护`.
 *
 * The input is JSON, which can carry U+FFFE, a character no XML (and so
 * no workbook) may hold.
 */
const VALUES = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-500',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '</script><img src=x onerror=alert(1)>',
  `q"u'o&amp;`,
  'a\uFFFEb',
];

/**
 * A cell's text as findings.csv and findings.xlsx must write it, worked
 * out by hand: text starting with = + - or @ gets a leading apostrophe.
 * (The reader makes full-width ＝＋ half-width; the writers' own handling
 * of them is tested in @duibiao/io.)
 */
const WRITTEN = [
  `'=HYPERLINK("http://x","y")`,
  "'+1+1",
  "'-500",
  "'@SUM(A1)",
  "'=cmd|' /C calc'!A0",
  '</script><img src=x onerror=alert(1)>',
  `q"u'o&amp;`,
  'a\uFFFEb',
];

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** exceljs's cell kinds by number, for messages. */
const KIND_NAMES = new Map(
  Object.entries(ExcelJS.ValueType).map(([name, kind]) => [kind, name]),
);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-hostile-text-'));
  const input = join(dir, 'in');
  await mkdir(input);
  const code = (i: number) => `6101241012${String(10 + i)}`;
  const households = VALUES.map((value, i) => ({
    户编号: value,
    行政区划代码: code(i),
    户类型: '贫困户',
    人均纯收入: 3500,
  }));
  const villages = VALUES.map((value, i) => ({
    行政区划代码: code(i),
    村名: value,
    村组道路是否落实管护: '否',
  }));
  await writeFile(join(input, 'households.json'), JSON.stringify(households));
  await writeFile(join(input, 'villages.json'), JSON.stringify(villages));

  const run = (out: string, ...argv: string[]) =>
    runMain(
      dir,
      'check',
      'in',
      '--as-of',
      '2020-09-30',
      '--quiet',
      '--out',
      out,
      ...argv,
    );
  const runs = await Promise.all([
    run('out', '--format', 'csv,xlsx,html'),
    run('gbk', '--format', 'csv', '--encoding', 'gbk'),
  ]);
  expect(runs.map((r) => r.code)).toEqual([0, 0]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The rows of a findings.csv as records by header. */
function csvRecords(text: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ''), {
    columns: true,
    relax_column_count: false,
  }) as Record<string, string>[];
}

/** The 村 and 问题描述 of each road finding, and 户编号 of income findings. */
function written(rows: readonly Record<string, string>[]) {
  const code = (cell: string | undefined) => cell?.replace(/^\t/, '');
  const road = rows.filter((row) => row.规则编号?.endsWith('road-maintenance'));
  const income = rows.filter(
    (row) => row.规则编号 === 'national/income-below-line',
  );

  return {
    villages: road.map((row) => row.村),
    messages: road.map((row) => row.问题描述),
    households: income.map((row) => code(row.户编号)),
  };
}

const EXPECTED = {
  villages: WRITTEN,
  messages: WRITTEN.map((text) => `${text}村组道路未落实管护`),
  households: WRITTEN,
};

describe('findings.csv', () => {
  // GBK has no U+FFFE: it is written as ?, as for any character GBK lacks.
  const gbk = (text: string) => text.replace('\uFFFE', '?');

  it.each([
    ['UTF-8', 'out', (bytes: Buffer) => bytes.toString('utf8'), String],
    ['GBK', 'gbk', (bytes: Buffer) => iconv.decode(bytes, 'gbk'), gbk],
  ])(
    'in %s starts no cell with a formula, and keeps the text',
    async (_, out, decode, lacking) => {
      const rows = csvRecords(
        decode(await readFile(join(dir, out, 'findings.csv'))),
      );

      expect(rows).toHaveLength(16);
      expect(written(rows)).toEqual({
        villages: EXPECTED.villages.map(lacking),
        messages: EXPECTED.messages.map(lacking),
        households: EXPECTED.households.map(lacking),
      });
      // Code columns are written behind a tab that keeps them text; after
      // it, as in every other cell, no formula starts.
      for (const row of rows)
        for (const cell of Object.values(row))
          expect(cell.replace(/^\t/, '')).not.toMatch(FORMULA_START);
    },
  );
});

describe('findings.xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'out', 'findings.xlsx'));
  });

  it('has text and numbers only: no formula, no link, in any sheet', () => {
    const kinds = new Set<string>();
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          kinds.add(KIND_NAMES.get(cell.type) ?? String(cell.type));
          if (typeof cell.value === 'string')
            expect(cell.value).not.toMatch(FORMULA_START);
          expect(cell.hyperlink).toBeUndefined();
        }),
      );

    expect([...kinds].sort()).toEqual(['Number', 'String']);
  });

  it('writes each value as the CSV does, a character XML refuses as U+FFFD', () => {
    // 哑柏镇 (610124101) is the one township: one sheet after 汇总.
    const sheet = book.getWorksheet('哑柏镇');
    // Array.from fills the holes exceljs leaves for empty cells.
    const cells = (n: number) =>
      Array.from((sheet?.getRow(n).values ?? []) as ExcelJS.CellValue[]).slice(
        1,
      );
    const header = cells(1).map(String);
    const rows = Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, i) =>
      Object.fromEntries(
        cells(i + 2).map((value, column) => [
          header[column],
          String(value ?? ''),
        ]),
      ),
    );
    const control = (text: string) => text.replace('\uFFFE', '\uFFFD');

    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '哑柏镇']);
    expect(written(rows)).toEqual({
      villages: EXPECTED.villages.map(control),
      messages: EXPECTED.messages.map(control),
      households: EXPECTED.households.map(control),
    });
    // 序号 is a number, as are the counts of 汇总.
    expect(rows.map((row) => row.序号)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
  });
});

describe('report.html', () => {
  it('keeps every value inside its data script, which nothing can close', async () => {
    const html = await readFile(join(dir, 'out', 'report.html'), 'utf8');
    const open = '<script type="application/json" id="report-data">';
    const start = html.indexOf(open) + open.length;
    const data = html.slice(start, html.indexOf('</script>', start));
    const parsed = JSON.parse(data) as { findings: Record<string, unknown>[] };
    const villages = new Set(parsed.findings.map((row) => row.village));

    // The page's three scripts: the data, Chart.js and its own.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<img');
    expect(data).not.toMatch(/[<>]/);
    expect([...villages].sort()).toEqual([...VALUES].sort());
  });
});
