import {
  checkFolder,
  DEFAULT_READ_LIMITS,
  InputError,
  readFolder,
  type ReadLimits,
} from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';
import { zipBomb } from './__fixtures__/zip-bomb.js';

afterAll(removeFolders);

const HEAD = '户编号,行政区划代码,帮扶责任人';

async function problemsOf(dir: string, limits?: ReadLimits) {
  const error = await readFolder(dir, { limits }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);

  return (error as InputError).problems;
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户信息');
  for (const row of rows) sheet.addRow(row);

  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readFolder limits: cells', () => {
  it('reads a cell of 32,767 characters, as many as Excel holds, and rejects a row with one of 32,768', async () => {
    const longest = 'x'.repeat(32_767);
    const dir = await makeFolder({
      'households.csv': `${HEAD}\nH1,610124102230,${longest}\nH2,610124102230,${'y'.repeat(32_768)}\n`,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.households).toMatchObject([
      { householdId: 'H1', helperName: longest },
    ]);
    // 200 characters at most: the ending …(32768 characters) is 19, so
    // 181 of the cell's own are kept.
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 3,
        column: '帮扶责任人',
        value: `${'y'.repeat(181)}…(32768 characters)`,
        code: 'cell-too-long',
        reason:
          'the cell holds 32768 characters, more than the 32767 an Excel cell can hold, so it is not as exported: find what was pasted into it',
      },
    ]);
  });

  it('rejects a row with a cell of a million characters in a workbook, in a column that names no field', async () => {
    const dir = await makeFolder({
      'households.xlsx': await workbook([
        ['户编号', '行政区划代码', '备注'],
        ['H1', '610124102230', '二组'],
        ['H2', '610124102230', '备'.repeat(1_000_000)],
      ]),
    });

    const { rejected, tables } = await readFolder(dir);

    expect(tables[0]).toMatchObject({ read: 2, checked: 1, rejected: 1 });
    expect(rejected).toMatchObject([
      {
        line: 3,
        column: '备注',
        value: `${'备'.repeat(179)}…(1000000 characters)`,
        code: 'cell-too-long',
      },
    ]);
    expect(rejected[0]?.reason).toContain('1000000 characters');
  });

  it('names a long cell beyond a CSV header by its column letter, and takes a lower limit', async () => {
    const dir = await makeFolder({
      'households.csv': `${HEAD}\nH1,610124102230,张三,abcdefghijklm\nH2,610124102230,李四\n`,
    });

    const { rejected } = await readFolder(dir, {
      limits: { maxCellCharacters: 12 },
    });

    expect(rejected).toMatchObject([
      {
        line: 2,
        column: '(column D)',
        value: 'abcdefghijklm',
        code: 'cell-too-long',
        reason:
          'the cell holds 13 characters, more than the 12 an Excel cell can hold, so it is not as exported: find what was pasted into it',
      },
    ]);
  });

  it('measures a JSON list by its text, and a JSON string as a cell', async () => {
    const dir = await makeFolder({
      'households.json': JSON.stringify([
        { 户编号: 'H1', 致贫原因: ['因病', '因残'] },
        { 户编号: 'H2', 致贫原因: ['因病', '因残', '因学'] },
        { 户编号: 'H3', 帮扶责任人: '欧阳娜娜娜' },
      ]),
    });

    const { rejected } = await readFolder(dir, {
      limits: { maxCellCharacters: 5 },
    });

    // 因病、因残 is 5 characters; with 、因学 it is 8.
    expect(
      rejected.map(({ line, column, value }) => [line, column, value]),
    ).toEqual([[2, '致贫原因', '因病、因残、因学']]);
  });

  it('refuses a file whose header holds a cell longer than a cell can be', async () => {
    const dir = await makeFolder({
      'households.csv': `标题\n户编号,行政区划代码,${'备'.repeat(32_768)}\nH1,610124102230,x\n`,
    });

    expect(await problemsOf(dir)).toEqual([
      {
        file: 'households.csv',
        message:
          'the header on line 2 has a cell of 32768 characters in column C, more than the 32767 a spreadsheet cell holds: it is not a header as exported',
      },
    ]);
  });
});

describe('readFolder limits: columns', () => {
  it('refuses a CSV header of 16,385 columns, one more than a sheet has', async () => {
    const others = Array.from({ length: 16_384 }, (_, n) => `列${n + 1}`);
    const dir = await makeFolder({
      'households.csv': `户编号,${others.join(',')}\nH1\n`,
    });

    expect(await problemsOf(dir)).toEqual([
      {
        file: 'households.csv',
        message:
          'the header on line 1 has 16385 columns, more than the 16384 a spreadsheet has: it is not a table as exported',
      },
    ]);
  });

  it('reads a header as wide as the limit', async () => {
    const dir = await makeFolder({
      'households.csv': `${HEAD},备注\nH1,610124102230,张三,二组\n`,
    });

    const { tables } = await readFolder(dir, { limits: { maxColumns: 4 } });

    expect(tables[0]).toMatchObject({ read: 1, checked: 1, rejected: 0 });
  });

  it('refuses JSON objects with more different keys in all than a table has columns, before making a row', async () => {
    // 2,000 objects of 10 keys each, none shared: 20,000 keys. Each row
    // would hold a cell for every key, 40 million cells in all.
    const items = Array.from({ length: 2000 }, (_, n) =>
      Object.fromEntries(
        Array.from({ length: 10 }, (_, k) => [`k${n}_${k}`, 1]),
      ),
    );
    const dir = await makeFolder({ 'households.json': JSON.stringify(items) });

    expect(await problemsOf(dir)).toEqual([
      {
        file: 'households.json',
        message:
          "has objects with more than 16384 different keys in all, and a table has at most 16384 columns: every object should have the same keys, the table's field names",
      },
    ]);
  });
});

describe('readFolder limits: JSON objects with keys of their own', () => {
  it('gives each row the cells of its own keys only, the others unknown', async () => {
    // 3,000 objects, each with 户编号 and two keys of its own: 6,001 keys
    // in all. A cell per key per row would be 18 million cells.
    const items = Array.from({ length: 3000 }, (_, n) => ({
      户编号: `H${n + 1}`,
      [`a${n + 1}`]: `x${n + 1}`,
      [`b${n + 1}`]: null,
      ...(n === 0 ? { 人均纯收入: 5200 } : {}),
    }));
    const dir = await makeFolder({ 'households.json': JSON.stringify(items) });

    const { dataset, tables } = await readFolder(dir);

    expect(tables[0]).toMatchObject({ read: 3000, checked: 3000 });
    expect(tables[0]?.unknownColumns).toHaveLength(6000);
    const [first, , third] = dataset.households;
    expect(first).toMatchObject({
      householdId: 'H1',
      perCapitaNetIncome: 5200,
    });
    // H3 has no 人均纯收入 key: unknown, not blank. Its own keys are its
    // only extra cells, a null one left out as blank.
    expect(third?.perCapitaNetIncome).toBeUndefined();
    expect({ ...third?.extra }).toEqual({ a3: 'x3' });
  });
});

describe('readFolder limits: workbook rows with cells far apart', () => {
  it('reads rows with a cell in column XFD by the cells they have', async () => {
    // Column XFD is the 16,384th. Each row has A, B and XFD filled; the
    // header names XFD 备注, and row 4 has nothing but a blank string.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('户信息');
    const put = (line: number, a: string, b: string, far: string) => {
      const row = sheet.getRow(line);
      row.getCell(1).value = a;
      row.getCell(2).value = b;
      row.getCell(16_384).value = far;
    };
    put(1, '户编号', '行政区划代码', '备注');
    put(2, 'H1', '610124102230', '外出');
    put(3, 'H2', '610124102230', '');
    sheet.getRow(4).getCell(16_384).value = ' ';
    put(5, 'H3', '610124102230', '二组');
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await book.xlsx.writeBuffer()),
    });

    const { dataset, tables } = await readFolder(dir);

    expect(tables[0]).toMatchObject({
      read: 3,
      checked: 3,
      blankRows: 1,
      unknownColumns: ['备注'],
    });
    expect(dataset.households.map((home) => ({ ...home.extra }))).toEqual([
      { 备注: '外出' },
      {},
      { 备注: '二组' },
    ]);
  });
});

describe('readFolder limits: file sizes', () => {
  it('refuses a CSV file larger than a file read whole may be, before reading it', async () => {
    const text = `${HEAD}\nH1,610124102230,张三\n`;
    const size = Buffer.byteLength(text);
    const dir = await makeFolder({
      'households.csv': text,
      'education.csv': '证件号码,数据截至日期\n',
    });

    const problems = await problemsOf(dir, { maxTextBytes: 40 });

    // The header is 45 bytes (its 14 Chinese characters 3 each), the row 23.
    expect(size).toBe(68);
    expect(problems).toEqual([
      {
        file: 'households.csv',
        message:
          'is 68 bytes, more than the 40 bytes a CSV file read whole may be. Households and members CSV files of any size are read in parts when the folder holds no department list or follow-up table and both files have their header within their first mebibyte: check them in a folder without the lists (whose rules are then not compared), or export fewer counties at a time, each into a folder of its own, and check the folders one by one',
      },
    ]);
  });

  it('names the limit of a list in mebibytes, without the note on parts', async () => {
    const list = `证件号码,数据截至日期\n${'610124195605262111,2020-09-01\n'.repeat(40_000)}`;
    const dir = await makeFolder({
      'households.csv': `${HEAD}\nH1,610124102230,王五\n`,
      'education.csv': list,
    });

    const problems = await problemsOf(dir, { maxTextBytes: 1024 * 1024 });

    // 32 bytes of header (its 10 Chinese characters 3 bytes each) and
    // 40,000 rows of 30: 1,200,032 bytes, 1.14 MiB.
    expect(problems).toEqual([
      {
        file: 'education.csv',
        message:
          'is 1.1 MiB (1200032 bytes), more than the 1 MiB (1048576 bytes) a CSV file read whole may be: export fewer counties at a time, each into a folder of its own, and check the folders one by one',
      },
    ]);
  });

  it('refuses a workbook larger than the workbook limit', async () => {
    const bytes = await workbook([['户编号'], ['H1']]);
    const dir = await makeFolder({ 'households.xlsx': bytes });

    const problems = await problemsOf(dir, { maxWorkbookBytes: 1000 });

    expect(problems).toEqual([
      {
        file: 'households.xlsx',
        message: `is ${bytes.length} bytes, more than the 1000 bytes a workbook may be (a workbook is read whole): save the table as CSV UTF-8, or export fewer counties at a time, each into a folder of its own, and check the folders one by one`,
      },
    ]);
  });

  it('refuses a zip bomb, a sheet of a gigabyte in 3 MB, by the sizes its zip declares', async () => {
    const bomb = zipBomb({ mebibytes: 1024 });
    const dir = await makeFolder({ 'households.xlsx': bomb });

    const [problem] = await problemsOf(dir);

    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(problem?.file).toBe('households.xlsx');
    expect(problem?.message).toMatch(
      /^unpacks to 1024\.0 MiB \(\d+ bytes\), more than the 256 MiB \(268435456 bytes\) a workbook may unpack to \(its part xl\/worksheets\/sheet1\.xml alone is 1024\.0 MiB.*, or export fewer counties at a time, each into a folder of its own, and check the folders one by one$/,
    );
  });

  it('refuses a workbook whose part unpacks to more than it declares, stopping there', async () => {
    const dir = await makeFolder({
      'households.xlsx': zipBomb({ mebibytes: 64, declare: 'lie' }),
    });

    expect(await problemsOf(dir)).toEqual([
      {
        file: 'households.xlsx',
        message:
          'is damaged or crafted: its part xl/worksheets/sheet1.xml unpacks to more than the 4096 bytes it declares; open it in Excel or WPS and save it again as .xlsx',
      },
    ]);
  });

  it('adds up every part of a workbook, and reads one within the limit', async () => {
    const bytes = await workbook([['户编号'], ['H1']]);
    const dir = await makeFolder({ 'households.xlsx': bytes });

    const [problem] = await problemsOf(dir, { maxWorkbookUnpackedBytes: 1000 });
    const { tables } = await readFolder(dir, {
      limits: { maxWorkbookUnpackedBytes: 100_000 },
    });

    expect(problem?.message).toMatch(
      /^unpacks to \d+ bytes, more than the 1000 bytes a workbook may unpack to/,
    );
    expect(tables[0]).toMatchObject({ read: 1, checked: 1 });
  });
});

describe('read limits', () => {
  it('are documented defaults: Excel’s cell and sheet, and sizes measured to fit memory', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxCellCharacters: 32_767,
      maxColumns: 16_384,
      maxTextBytes: 128 * 1024 * 1024,
      maxWorkbookBytes: 32 * 1024 * 1024,
      maxWorkbookUnpackedBytes: 256 * 1024 * 1024,
    });
  });

  it('must be positive integers', async () => {
    const dir = await makeFolder({ 'households.csv': `${HEAD}\n` });

    await expect(
      readFolder(dir, { limits: { maxColumns: 0 } }),
    ).rejects.toThrow(
      new TypeError(
        'expected the read limit maxColumns to be a positive integer, not 0',
      ),
    );
  });

  it('hold in a folder checked in parts, on every part', async () => {
    const dir = await makeFolder({
      'households.csv': `${HEAD}\nH1,610124102230,张三\nH2,610124102231,abcdefghijklm\n`,
    });
    const options = { plugins: [], asOf: '2020-09-30' as const };
    const limits = { maxCellCharacters: 12 };

    const whole = await checkFolder(dir, { ...options, parts: 0, limits });
    const split = await checkFolder(dir, { ...options, parts: 2, limits });

    expect(whole.read.rejected).toMatchObject([
      { line: 3, column: '帮扶责任人', code: 'cell-too-long' },
    ]);
    expect(split.read.rejected).toEqual(whole.read.rejected);
  });
});
