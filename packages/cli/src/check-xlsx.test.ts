import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-cli-xlsx-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) =>
  runMain(dir, 'check', 'in', '--as-of', '2020-09-30', '--quiet', ...argv);

const HYPERLINK = '=HYPERLINK("http://x","y")';

/**
 * Four 贫困户 in two townships of 周至县: 610124101 is 哑柏镇, 610124102
 * 终南镇. H1 to H3 live on 3,500 yuan a head, under the 2020 line of
 * 4,000 (income-below-line, policy-gap, high), and have no member rows,
 * so no head (household-head/head-count, data-error, low). H4 lives on
 * 5,000 and its head's ID number ends in 5 where the check character is
 * 4 (id-checksum/check-digit, data-error, low). The village of 哑柏镇 is
 * named like a formula; that of 终南镇 starts with 𠀀, which GBK lacks.
 */
async function writeFolder(): Promise<void> {
  const folder = join(dir, 'in');
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, '户信息.csv'),
    [
      '户编号,行政区划代码,户类型,人均纯收入（元）',
      'H1,610124101201,贫困户,3500',
      'H2,610124101201,贫困户,3500',
      'H3,610124102201,贫困户,3500',
      'H4,610124102201,贫困户,5000',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(folder, '人员信息.csv'),
    '户编号,证件号码,证件类型,与户主关系\nH4,610124197503121115,居民身份证,户主\n',
  );
  await writeFile(
    join(folder, '村信息.csv'),
    `行政区划代码,村名\n610124101201,"${HYPERLINK.replace(/"/g, '""')}"\n610124102201,𠀀村\n`,
  );
}

async function workbook(name = 'out/findings.xlsx') {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, name));

  return book;
}

function column(sheet: ExcelJS.Worksheet | undefined, letter: string) {
  const values = sheet?.getColumn(letter).values ?? [];

  return values.slice(2);
}

describe('duibiao check --format xlsx', () => {
  it('writes findings.xlsx beside findings.jsonl and findings.csv, counted by township', async () => {
    await writeFolder();

    const { code, stdout } = await run('--format', 'jsonl,csv,xlsx');

    expect(code).toBe(0);
    expect(stdout).toContain(join('out', 'findings.xlsx'));
    const book = await workbook();
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总',
      '哑柏镇',
      '终南镇',
    ]);
    const summary = book.getWorksheet('汇总');
    // 问题数, then 政策落实漏点 帮扶措施空白点 返贫致贫风险点 数据信息差错点
    // and 高 中 低, for the county (row 6, under the title, the total, a
    // blank row, the table's title and header) and each township (rows
    // 11 and 12, after the county's 合计, a blank row, a title, a header).
    expect(summary?.getRow(6).values).toEqual([
      undefined,
      '周至县',
      7,
      3,
      0,
      0,
      4,
      3,
      0,
      4,
    ]);
    expect(summary?.getRow(11).values).toEqual([
      undefined,
      '周至县',
      '哑柏镇',
      4,
      2,
      0,
      0,
      2,
      2,
      0,
      2,
      '哑柏镇',
    ]);
    expect(summary?.getRow(12).values).toEqual([
      undefined,
      '周至县',
      '终南镇',
      3,
      1,
      0,
      0,
      2,
      1,
      0,
      2,
      '终南镇',
    ]);
    // 终南镇: H3's two findings in rule order, then H4's head; the ID
    // number is masked, the village kept as it is.
    const township = book.getWorksheet('终南镇');
    expect(column(township, 'C')).toEqual([
      'national/household-head/head-count',
      'national/income-below-line',
      'national/id-checksum/check-digit',
    ]);
    expect(column(township, 'L')).toEqual([
      undefined,
      undefined,
      '6101**********1115',
    ]);
    expect(column(township, 'J')).toEqual(['𠀀村', '𠀀村', '𠀀村']);
  });

  it('neutralises a village named like a formula in findings.csv and findings.xlsx', async () => {
    await writeFolder();

    await run('--format', 'csv,xlsx');

    const csv = parse(
      (await readFile(join(dir, 'out/findings.csv'), 'utf8')).slice(1),
    ) as string[][];
    const villages = csv.slice(1).map((row) => row[8]);
    expect(villages.slice(0, 4)).toEqual(Array(4).fill(`'${HYPERLINK}`));
    const sheet = (await workbook()).getWorksheet('哑柏镇');
    expect(column(sheet, 'J')).toEqual(Array(4).fill(`'${HYPERLINK}`));
  });

  it('writes ID numbers in full in findings.xlsx with --unmask', async () => {
    await writeFolder();

    await run('--format', 'xlsx', '--unmask');

    const sheet = (await workbook()).getWorksheet('终南镇');
    expect(sheet?.getCell('L4').value).toBe('610124197503121115');
  });

  it('removes a findings.xlsx left by an earlier run when xlsx is not asked for', async () => {
    await writeFolder();
    await run('--format', 'xlsx');

    const { code } = await run('--format', 'jsonl');

    expect(code).toBe(0);
    await expect(readFile(join(dir, 'out/findings.xlsx'))).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('duibiao check --encoding', () => {
  it('writes findings.csv in GBK and says how many characters it could not hold', async () => {
    await writeFolder();

    const { code, stderr } = await run('--format', 'csv', '--encoding', 'GBK');

    expect(code).toBe(0);
    // 𠀀村 is the village of H3's two findings and H4's one.
    expect(stderr).toContain(
      'findings.csv: 3 characters GBK cannot encode were written as ? (𠀀)',
    );
    const bytes = await readFile(join(dir, 'out/findings.csv'));
    const rows = parse(new TextDecoder('gbk').decode(bytes)) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['问题编号', '规则编号', '问题类别']);
    expect(rows.slice(1).map((row) => [row[7], row[8]])).toEqual([
      ...Array(4).fill(['哑柏镇', `'${HYPERLINK}`]),
      ...Array(3).fill(['终南镇', '?村']),
    ]);
  });

  it('says nothing of GBK when every character fits, and UTF-8 is the default', async () => {
    await writeFolder();
    await writeFile(join(dir, 'in/村信息.csv'), '行政区划代码,村名\n');

    const gbk = await run('--encoding', 'gbk');
    const gbkBytes = await readFile(join(dir, 'out/findings.csv'));
    const utf8 = await run('--encoding', 'utf-8');
    const utf8Bytes = await readFile(join(dir, 'out/findings.csv'));

    expect([gbk.code, utf8.code]).toEqual([0, 0]);
    expect(gbk.stderr).toBe('');
    expect([...gbkBytes.subarray(0, 2)]).toEqual([0xce, 0xca]);
    expect([...utf8Bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('is a usage error for another encoding or without findings.csv', async () => {
    await writeFolder();

    const latin = await run('--encoding', 'latin1');
    const jsonl = await run('--encoding', 'gbk', '--format', 'jsonl,xlsx');

    expect(latin.code).toBe(2);
    expect(latin.stderr).toContain('--encoding takes utf-8 or gbk');
    expect(jsonl.code).toBe(2);
    expect(jsonl.stderr).toContain('add csv to --format');
  });
});
