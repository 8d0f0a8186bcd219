import { readFolder } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

async function workbook(
  rows: ExcelJS.CellValue[][],
  merges: readonly string[] = [],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户信息');
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);

  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readFolder: a workbook header over two rows', () => {
  it('names each column by its lower cell under a group merged across', async () => {
    const bytes = await workbook(
      [
        ['户编号', '收入情况（元）', null, '备注'],
        ['户编号', '工资性收入', '人均纯收入', '备注'],
        ['H1', 3000, 3500, '二组'],
      ],
      ['A1:A2', 'B1:C1', 'D1:D2'],
    );
    const dir = await makeFolder({ 'households.xlsx': bytes });

    const { dataset, tables, rejected } = await readFolder(dir);

    expect(rejected).toEqual([]);
    expect(tables[0]).toMatchObject({ read: 1, unknownColumns: ['备注'] });
    expect(dataset.households).toMatchObject([
      {
        householdId: 'H1',
        wageIncome: 3000,
        perCapitaNetIncome: 3500,
        extra: { 备注: '二组' },
      },
    ]);
  });

  it('takes English keys written under the Chinese names', async () => {
    const bytes = await workbook([
      ['户编号', '人均纯收入（元）'],
      ['householdId', 'perCapitaNetIncome'],
      ['H1', 5200],
    ]);
    const dir = await makeFolder({ 'households.xlsx': bytes });

    const { dataset, rejected } = await readFolder(dir);

    expect(rejected).toEqual([]);
    expect(dataset.households).toMatchObject([
      { householdId: 'H1', perCapitaNetIncome: 5200 },
    ]);
  });

  it('keeps line numbers, and reads a row below one header as data', async () => {
    const twoRows = await workbook(
      [
        ['户编号', '收入情况'],
        ['户编号', '人均纯收入'],
        ['H1', '五千'],
      ],
      ['A1:A2'],
    );
    const oneRow = await workbook([
      ['户编号', '人均纯收入'],
      ['H1', '五千'],
    ]);
    const dirs = [
      await makeFolder({ 'households.xlsx': twoRows }),
      await makeFolder({ 'households.xlsx': oneRow }),
    ];

    const [two, one] = await Promise.all(dirs.map((dir) => readFolder(dir)));

    expect(two?.rejected.map(({ line, column }) => [line, column])).toEqual([
      [3, '人均纯收入'],
    ]);
    expect(one?.rejected.map(({ line, column }) => [line, column])).toEqual([
      [2, '人均纯收入'],
    ]);
  });
});
