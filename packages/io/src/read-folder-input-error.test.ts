import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { InputError, readFolder } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

async function inputError(dir: string): Promise<InputError> {
  const error = await readFolder(dir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);

  return error as InputError;
}

describe('readFolder: unusable input', () => {
  it('throws an InputError with a name, a stable code and the problems for a missing folder', async () => {
    const dir = join(await makeFolder({}), 'missing');

    const error = await inputError(dir);

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.code).toBe('DUIBIAO_INPUT_UNUSABLE');
    expect(error.problems).toEqual([
      { file: null, message: `the folder ${dir} does not exist` },
    ]);
    expect(error.message).toBe(
      `The folder ${dir} cannot be checked (1 problem):\n- the folder ${dir} does not exist`,
    );
  });

  it('refuses a file given as the folder', async () => {
    const dir = await makeFolder({ 'households.csv': '户编号\nH1\n' });
    const file = join(dir, 'households.csv');

    const error = await inputError(file);

    expect(error.problems).toEqual([
      {
        file: null,
        message: `${file} is a file, not a folder; give the folder that holds the exported tables`,
      },
    ]);
  });

  it('needs a households table, and says when one was skipped', async () => {
    const dir = await makeFolder({
      'members.csv': '户编号,证件号码\nH1,610124195605262111\n',
      '户信息.xls': 'x',
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: null,
        message:
          'there is no households table: add households.csv, households.xlsx or households.json (or 户信息 with one of those extensions); 户信息.xls was skipped: .xls workbooks are not read: save it as .xlsx (Excel Workbook) or CSV UTF-8',
      },
    ]);
  });

  it('names a file whose name holds the households table among other words', async () => {
    const dir = await makeFolder({
      'members.csv': '户编号,证件号码\nH1,610124195605262111\n',
      '周至县户信息.csv': '户编号\nH1\n',
      'notes.csv': 'x\n',
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: null,
        message:
          'there is no households table: add households.csv, households.xlsx or households.json (or 户信息 with one of those extensions); 周至县户信息.csv was not read: its name names no table; rename it 户信息.csv; also not read: notes.csv',
      },
    ]);
  });

  it('names the file and the key column when no row holds it', async () => {
    const dir = await makeFolder({ 'households.csv': '户类型\n贫困户\n' });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: 'households.csv',
        column: '户编号',
        message:
          'no row holds the key column 户编号 (householdId); the header row must name it in Chinese or English',
      },
    ]);
  });

  it('names the file and the required column members lack', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      '人员信息.csv': '标题\n证件号码,姓名\n',
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: '人员信息.csv',
        column: '户编号',
        message:
          'the header on line 2 has no column 户编号 (householdId), which the members table needs',
      },
    ]);
  });

  it('refuses two columns for one field', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,householdId\nH1,H1\n',
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: 'households.csv',
        column: '户编号',
        message:
          'columns 户编号 and householdId both name 户编号 (householdId); keep one',
      },
    ]);
  });

  it.each([
    ['households.csv', '', 'is empty (0 bytes)'],
    ['households.csv', '\uFEFF', 'is empty: it holds no row'],
    ['households.csv', ',,\r\n\r\n  ,\r\n', 'is empty: it holds no row'],
    ['households.json', '[]', 'is empty: it holds an empty array'],
    ['households.json', '[{}, {}]', 'is empty: it holds no row'],
  ])('refuses the empty file %s %j', async (name, content, message) => {
    const dir = await makeFolder({ [name]: content });

    const error = await inputError(dir);

    expect(error.problems).toEqual([{ file: name, message }]);
  });

  it('refuses a workbook whose every sheet is empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('空');
    workbook.addWorksheet('户信息').addRow([]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      { file: 'households.xlsx', message: 'is empty: it holds no row' },
    ]);
  });

  it('names every sheet looked at when none holds the key column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由乡镇填报']);
    workbook.addWorksheet('旧表').state = 'hidden';
    workbook.addWorksheet('空');
    workbook.addWorksheet('统计').addRow(['户类型', '户数']);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: 'households.xlsx',
        column: '户编号',
        message:
          'no row of the sheets 说明, 空, 统计, 旧表 (hidden) holds the key column 户编号 (householdId); the header row must name it in Chinese or English',
      },
    ]);
  });

  it.each([
    [
      'households.csv',
      Buffer.from([0xe6, 0x88, 0xb7, 0x0a, 0xff, 0xff, 0x0a]),
      'is neither UTF-8 nor GB18030/GBK text; save it as CSV UTF-8',
    ],
    [
      'households.csv',
      Buffer.from('户编号\nH1\n', 'utf16le'),
      'holds NUL characters, so it is not text in a known encoding (UTF-16 without a byte-order mark?); save it as CSV UTF-8',
    ],
    [
      'households.csv',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'is a zip archive such as an .xlsx workbook, not CSV or JSON text; give it the extension .xlsx',
    ],
    [
      'households.csv',
      '户编号,户类型\nH1,"贫困户\nH2,贫困户\n',
      'cannot be parsed as CSV: a cell in row 2 opens a double quote (") that is never closed',
    ],
    [
      'households.xlsx',
      '户编号\nH1\n',
      'is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, give it the extension .csv',
    ],
    [
      'households.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'is an Excel 97–2003 (.xls) or password-protected workbook saved with an .xlsx name; save it unprotected as .xlsx',
    ],
    [
      'households.json',
      '{"householdId":"H1"}',
      'holds an object, not an array of objects keyed by field names',
    ],
  ])(
    'refuses %s that cannot be decoded or opened (%#)',
    async (name, content, message) => {
      const dir = await makeFolder({ [name]: content });

      const error = await inputError(dir);

      expect(error.problems).toEqual([{ file: name, message }]);
    },
  );

  it('refuses a damaged workbook, saying what exceljs found', async () => {
    const dir = await makeFolder({
      'households.xlsx': Buffer.from('PK\x03\x04 not really a zip'),
    });

    const error = await inputError(dir);

    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.message).toMatch(
      /^cannot be opened as an \.xlsx workbook \(.+\); open it in Excel or WPS and save it again as \.xlsx$/,
    );
  });

  it('refuses invalid JSON, placing it by line and column and quoting the parser', async () => {
    // The ] after the comma is the 23rd character of line 1.
    const dir = await makeFolder({
      'households.json': '[{"householdId": "H1",]',
    });

    const error = await inputError(dir);

    expect(error.problems[0]?.message).toMatch(
      /^is not valid JSON at line 1, column 23 \((?!.*position).+\)$/,
    );
  });

  it.each([
    ['an element', `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`],
    [
      'a value',
      `[{"householdId":"H1","x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]`,
    ],
  ])(
    'refuses JSON with %s nested 100,000 deep, naming the file',
    async (_, text) => {
      const dir = await makeFolder({ 'households.json': text });

      const error = await inputError(dir);

      expect(error.problems).toEqual([
        {
          file: 'households.json',
          message:
            'nests lists or objects more than 100 levels deep, so it is not a table: give an array of objects keyed by field names',
        },
      ]);
    },
  );

  it('reads JSON nested 100 deep, rejecting the row with the odd value', async () => {
    // The array, the object and 98 lists: exactly 100 levels.
    const deep = `${'['.repeat(98)}${']'.repeat(98)}`;
    const dir = await makeFolder({
      'households.json': `[{"householdId":"H1","householdType":${deep}}]`,
    });

    const result = await readFolder(dir);

    expect(result.rejected).toMatchObject([
      {
        line: 1,
        column: 'householdType',
        reason: 'expected a list of values, not nested lists or objects',
      },
    ]);
  });

  it('refuses two files for one table', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      '户信息.json': '[{"householdId":"H1"}]',
    });

    const error = await inputError(dir);

    expect(error.problems).toEqual([
      {
        file: null,
        message:
          '2 files hold the households table (households.csv, 户信息.json); keep one and move the others out of the folder',
      },
    ]);
  });

  it('collects every problem of the folder before throwing', async () => {
    const dir = await makeFolder({
      'Households.CSV': '户类型\n贫困户\n',
      'households.json': '[{"householdId":"H1"}]',
      'members.xlsx': 'not a workbook',
      'villages.csv': '',
    });
    await writeFile(join(dir, '村信息.json'), '[]');

    const error = await inputError(dir);

    expect(error.problems.map((problem) => problem.file)).toEqual([
      null,
      null,
      'Households.CSV',
      'members.xlsx',
      'villages.csv',
    ]);
    expect(error.problems[0]?.message).toBe(
      '2 files hold the households table (Households.CSV, households.json); keep one and move the others out of the folder',
    );
    expect(error.problems[1]?.message).toBe(
      '2 files hold the villages table (villages.csv, 村信息.json); keep one and move the others out of the folder',
    );
    expect(error.message.split('\n')).toEqual([
      `The folder ${dir} cannot be checked (5 problems):`,
      ...error.problems.map(
        (problem) =>
          `- ${problem.file === null ? '' : `${problem.file}: `}${problem.message}`,
      ),
    ]);
  });
});

describe('readFolder: files that are not read', () => {
  it('lists each skipped file with its reason and reads table names in any case', async () => {
    const dir = await makeFolder({
      'Households.CSV': '户编号\nH1\n',
      '.DS_Store': 'x',
      'notes.txt': 'x',
      'sub/households.csv': '户编号\nH2\n',
      '~$members.xlsx': 'x',
      '户信息表.csv': '户编号\nH3\n',
      'villages.xls': 'x',
    });

    const result = await readFolder(dir);

    expect(result.dataset.households.map((h) => h.householdId)).toEqual(['H1']);
    expect(result.skipped).toEqual([
      {
        file: '.DS_Store',
        reason: 'no extension: only .csv, .xlsx and .json files are read',
      },
      {
        file: 'notes.txt',
        reason: 'a .txt file: only .csv, .xlsx and .json files are read',
      },
      {
        file: 'sub',
        reason: 'a folder: only files directly in the folder are read',
      },
      {
        file: 'villages.xls',
        reason:
          '.xls workbooks are not read: save it as .xlsx (Excel Workbook) or CSV UTF-8',
      },
      {
        file: '~$members.xlsx',
        reason: 'an Office lock file: the workbook is open in Excel or WPS',
      },
      {
        file: '户信息表.csv',
        reason:
          "户信息表 names no table: name the file households, 户信息, members, 人员信息, villages, 村信息 (with .csv, .xlsx or .json), or a department's list or follow-up table by its key or Chinese name (education, 教育学籍, …; the README lists them)",
      },
    ]);
  });
});
