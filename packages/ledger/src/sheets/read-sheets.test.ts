import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readVerificationSheets } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-read-sheets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a workbook of one sheet holding `rows` (row 1 first). */
async function workbook(
  name: string,
  rows: ExcelJS.CellValue[][],
  sheetName = '核实表',
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('readVerificationSheets', () => {
  it('finds columns by header in any order, ignoring others, and reads dates in their forms', async () => {
    // A title row above the header, on a sheet of another name.
    const path = await workbook(
      '甲.xlsx',
      [
        ['终南镇核实表'],
        ['备注', '部门核查意见', '问题编号', '乡镇核查日期', '乡镇核查意见'],
        ['x', '属实', 'a1', new Date(Date.UTC(2020, 9, 8)), '属实'],
        [null, null, 'a2', '2020/10/8', { richText: [{ text: '不属实' }] }],
        [null, null, 'a3', '20201008', '已整改'],
        [null, null, 'a4', 44112, '属实'],
        [null, null, 'a5', null, null],
      ],
      'Sheet1',
    );
    const read = await readVerificationSheets([path], { on: '2020-10-20' });

    expect(read.problems).toEqual([]);
    expect(read.files).toBe(1);
    // 44112 is 2020-10-08: 43831 is 2020-01-01, and 281 days follow.
    const township = (findingId: string, result: string) => ({
      findingId,
      line: 'township',
      result,
      on: '2020-10-08',
    });
    expect(read.rows).toEqual([
      {
        file: path,
        line: 3,
        findingId: 'a1',
        opinions: [
          { ...township('a1', '属实'), source: '甲.xlsx:3' },
          {
            findingId: 'a1',
            line: 'department',
            result: '属实',
            // No date given: the import's.
            on: '2020-10-20',
            onDefaulted: true,
            source: '甲.xlsx:3',
          },
        ],
      },
      {
        file: path,
        line: 4,
        findingId: 'a2',
        opinions: [{ ...township('a2', '不属实'), source: '甲.xlsx:4' }],
      },
      {
        file: path,
        line: 5,
        findingId: 'a3',
        opinions: [{ ...township('a3', '已整改'), source: '甲.xlsx:5' }],
      },
      {
        file: path,
        line: 6,
        findingId: 'a4',
        opinions: [{ ...township('a4', '属实'), source: '甲.xlsx:6' }],
      },
      { file: path, line: 7, findingId: 'a5', opinions: [] },
    ]);
  });

  it('carries who, the reason and the evidence with each opinion', async () => {
    const path = await workbook('乙.xlsx', [
      ['问题编号', '复核结果', '复核人', '复核日期', '理由', '佐证材料'],
      ['a1', '已消疑', '县扶贫办', '2020-10-09', '已入学', '学籍证明-3'],
    ]);
    const read = await readVerificationSheets([path], { on: '2020-10-20' });

    expect(read.rows[0]?.opinions).toEqual([
      {
        findingId: 'a1',
        line: 'review',
        result: '已消疑',
        who: '县扶贫办',
        on: '2020-10-09',
        reason: '已入学',
        evidence: '学籍证明-3',
        source: '乙.xlsx:2',
      },
    ]);
  });

  it('leaves out each row with a fault, naming the row, the column and the reason', async () => {
    const path = await workbook('丙.xlsx', [
      ['问题编号', '乡镇核查意见', '乡镇核查人', '乡镇核查日期', '复核结果'],
      ['a1', '属实', null, '2020-13-01', null],
      ['a2', '属实', null, '2020-10', null],
      ['a3', '属实', null, '明天', null],
      [null, '属实', null, null, null],
      ['a5', null, '李四', null, null],
      ['a6', null, null, null, '确认误报'],
      ['a7', '属实', null, null, '已消疑'],
      [null, null, null, null, null],
      ['a9', '属实', null, null, null],
    ]);
    const read = await readVerificationSheets([path], { on: '2020-10-20' });
    const notADate = (value: string) => ({
      file: path,
      column: '乡镇核查日期',
      value,
      reason: `「${value}」不是日期，应写作 2020-10-08、2020/10/8 或 20201008`,
    });

    expect(read.problems).toEqual([
      { line: 2, ...notADate('2020-13-01') },
      { line: 3, ...notADate('2020-10') },
      { line: 4, ...notADate('明天') },
      {
        file: path,
        line: 5,
        column: '问题编号',
        reason: '填写了核查内容，但「问题编号」为空',
      },
      {
        file: path,
        line: 6,
        column: '乡镇核查意见',
        reason:
          '填写了「乡镇核查人」或「乡镇核查日期」，但未填写「乡镇核查意见」',
      },
      {
        file: path,
        line: 7,
        column: '理由',
        reason: '复核结果为「确认误报」，须填写理由',
      },
      {
        file: path,
        line: 8,
        column: '理由',
        reason: '复核结果为「已消疑」，须填写理由',
      },
      {
        file: path,
        line: 8,
        column: '佐证材料',
        reason: '复核结果为「已消疑」，须注明佐证材料',
      },
    ]);
    // Seven rows left out; the blank row 9 is no row; a9 is read.
    expect(read.skipped).toBe(7);
    expect(read.rows.map((row) => row.line)).toEqual([10]);
  });

  it('reads 20201008 typed as a number, upper-case ids, and refuses a date after the import', async () => {
    const path = await workbook('丁.xlsx', [
      ['问题编号', '乡镇核查意见', '乡镇核查日期'],
      // Excel keeps 20201008 typed into a cell as the number 20,201,008,
      // not as a day serial (that would be the year 57208).
      [' A1B2C3D4E5F60718 ', '属实', 20201008],
      ['a2', '属实', '2020-10-21'],
    ]);
    const read = await readVerificationSheets([path], { on: '2020-10-20' });
    expect(
      read.rows.map((row) => [row.findingId, row.opinions[0]?.on]),
    ).toEqual([['a1b2c3d4e5f60718', '2020-10-08']]);
    expect(read.problems).toEqual([
      {
        file: path,
        line: 3,
        column: '乡镇核查日期',
        value: '2020-10-21',
        reason: '「2020-10-21」晚于导入的日期 2020-10-20',
      },
    ]);
  });

  it('reads 20201008 typed into a cell formatted as a date', async () => {
    // The exported sheet formats its date columns as dates; a number
    // typed there is read back by exceljs as a day serial (the year
    // 57208), and must still be 2020-10-08 — or named as typed.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('核实表');
    sheet.addRow(['问题编号', '乡镇核查意见', '乡镇核查日期']);
    sheet.addRow(['a1', '属实', 20201008]);
    sheet.addRow(['a2', '属实', 20201308]);
    sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
    const path = join(dir, '戊.xlsx');
    await book.xlsx.writeFile(path);

    const read = await readVerificationSheets([path], { on: '2020-10-20' });
    expect(
      read.rows.map((row) => [row.findingId, row.opinions[0]?.on]),
    ).toEqual([['a1', '2020-10-08']]);
    expect(read.problems).toEqual([
      {
        file: path,
        line: 3,
        column: '乡镇核查日期',
        value: '20201308',
        reason:
          '「20201308」不是日期，应写作 2020-10-08、2020/10/8 或 20201008',
      },
    ]);
  });

  it('names a file that is not a workbook or has no 核实表', async () => {
    const text = join(dir, '丁.xlsx');
    writeFileSync(text, '问题编号,乡镇核查意见\na1,属实\n');
    const other = await workbook('戊.xlsx', [['户编号', '姓名']], '名单');
    const noOpinions = await workbook('己.xlsx', [['问题编号', '备注']]);
    const good = await workbook('庚.xlsx', [
      ['问题编号', '乡镇核查意见'],
      ['a1', '属实'],
    ]);
    const read = await readVerificationSheets([text, other, noOpinions, good], {
      on: '2020-10-20',
    });

    expect(read.problems).toEqual([
      { file: text, reason: '丁.xlsx：不是 XLSX 工作簿，无法读取' },
      {
        file: other,
        reason:
          '戊.xlsx：没有「核实表」工作表，也没有表头含「问题编号」的工作表',
      },
      {
        file: noOpinions,
        reason:
          '己.xlsx：表头没有「乡镇核查意见」「部门核查意见」「复核结果」中的任何一列，无法读取核查意见',
      },
    ]);
    expect(read.files).toBe(2);
    expect(read.rows.map((row) => row.findingId)).toEqual(['a1']);
  });

  it('refuses a default date that is not one', async () => {
    await expect(
      readVerificationSheets([], { on: '2020-02-30' }),
    ).rejects.toThrow(TypeError);
  });
});
