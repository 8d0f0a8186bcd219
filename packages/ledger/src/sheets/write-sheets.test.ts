import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LedgerEntry } from '../types.js';
import {
  sampleFinding,
  sampleLedger,
  type SampleLedger,
} from './__fixtures__/sample-ledger.js';
import { writeVerificationSheets } from './index.js';

let sample: SampleLedger;
beforeEach(() => {
  sample = sampleLedger();
});
afterEach(() => sample.dispose());

async function sheetOf(path: string, name = '核实表') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`${path} has no ${name}`);
  return sheet;
}

/** Row `row`'s cell under `header`, by the header row's texts. */
function cellAt(sheet: ExcelJS.Worksheet, row: number, header: string) {
  const headers = sheet.getRow(1).values as unknown[];
  const column = headers.indexOf(header);
  if (column < 1) throw new Error(`no column ${header}`);
  return sheet.getRow(row).getCell(column);
}

const open = () => sample.ledger.entries({ present: true, open: true });

describe('writeVerificationSheets', () => {
  it('writes a file per township, its rows by village, household, rule and id', async () => {
    const out = join(sample.dir, 'sheets');
    const files = await writeVerificationSheets(open(), {
      out,
      asOf: '2020-10-08',
    });

    // 楼 (U+697C) sorts before 终 (U+7EC8).
    expect(files).toEqual([
      {
        path: join(out, '周至县-楼观镇.xlsx'),
        county: '周至县',
        township: '楼观镇',
        rows: 3,
      },
      {
        path: join(out, '周至县-终南镇.xlsx'),
        county: '周至县',
        township: '终南镇',
        rows: 3,
      },
    ]);

    // 东 (U+4E1C) before 西 (U+897F), H001 before H002 in 东村; 北
    // (U+5317) before 南 (U+5357), H010 before H012 in 南村.
    const ids = async (path: string) =>
      ((await sheetOf(path)).getColumn(1).values as unknown[]).slice(2);
    expect(await ids(files[1]!.path)).toEqual(['a2', 'a1', 'a3']);
    expect(await ids(files[0]!.path)).toEqual(['b2', 'b1', 'b3']);
  });

  it('writes the headers bold and frozen, then each finding in Chinese, masked', async () => {
    const [, south] = await writeVerificationSheets(open(), {
      out: sample.dir,
      asOf: '2020-10-08',
    });
    const sheet = await sheetOf(south!.path);

    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...['问题编号', '规则编号', '问题类别', '严重程度', '县', '乡镇', '村'],
      ...['户编号', '证件号码', '问题描述', '责任部门', '处置建议'],
      ...['当前状态', '完成时限', '乡镇核查意见', '乡镇核查人'],
      ...['乡镇核查日期', '部门核查意见', '部门核查人', '部门核查日期'],
      ...['复核结果', '复核人', '复核日期', '理由', '佐证材料'],
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('Y1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    // Row 3 is a1: 18 characters, the first four and last four kept.
    expect((sheet.getRow(3).values as unknown[]).slice(1, 15)).toEqual([
      ...['a1', 'national/dropout', '政策落实漏点', '高', '周至县'],
      ...['终南镇', '东村', 'H002', '6101**********0023'],
      '适龄儿童 6101**********0023 未在校',
      ...['教育局', '核实', '待核实', '2020-10-15'],
    ]);
    // a2: 返贫致贫风险点, 中; the mobile number keeps 3 and 4 digits.
    expect(cellAt(sheet, 2, '问题类别').value).toBe('返贫致贫风险点');
    expect(cellAt(sheet, 2, '严重程度').value).toBe('中');
    expect(cellAt(sheet, 2, '证件号码').value).toBeNull();
    expect(cellAt(sheet, 2, '问题描述').value).toBe(
      '未参加医疗保险，联系电话 138****5678',
    );
    // a3's message would start a formula.
    expect(cellAt(sheet, 4, '问题描述').value).toBe(`'=HYPERLINK("http://x")`);
  });

  it('writes ID numbers in full when asked', async () => {
    const [, south] = await writeVerificationSheets(open(), {
      out: sample.dir,
      asOf: '2020-10-08',
      unmask: true,
    });
    const sheet = await sheetOf(south!.path);

    expect(cellAt(sheet, 3, '证件号码').value).toBe('610124200801010023');
    expect(cellAt(sheet, 2, '问题描述').value).toBe(
      '未参加医疗保险，联系电话 13812345678',
    );
  });

  it('puts drop-down lists on the opinion and result cells of every data row', async () => {
    const [north] = await writeVerificationSheets(open(), {
      out: sample.dir,
      asOf: '2020-10-08',
    });
    const sheet = await sheetOf(north!.path);

    // 乡镇核查意见 is the 15th column (O), 部门核查意见 the 18th (R),
    // 复核结果 the 21st (U); data rows are 2 to 4.
    for (const row of [2, 3, 4]) {
      for (const column of ['O', 'R']) {
        expect(sheet.getCell(`${column}${row}`).dataValidation).toMatchObject({
          type: 'list',
          formulae: ['"属实,不属实,已整改"'],
        });
      }
      expect(sheet.getCell(`U${row}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"已复核,已补正,已落实,已消疑,确认误报"'],
      });
    }
    expect(sheet.getCell('O1').dataValidation).toBeUndefined();
    expect(sheet.getCell('O5').dataValidation).toBeUndefined();
    expect(sheet.getCell('P2').dataValidation).toBeUndefined();
    expect(sheet.getCell('A2').dataValidation).toBeUndefined();
  });

  it("writes each column's drop-down as one range, not overlapping ones", async () => {
    // Twelve rows: set cell by cell, exceljs wrote O10:O13 and O2:O13.
    const entries = Array.from({ length: 12 }, (_, i) => ({
      ...open()[0]!,
      finding: sampleFinding({
        findingId: `z${String(i).padStart(2, '0')}`,
        township: '楼观镇',
        village: '东村',
        householdId: `H${String(i).padStart(3, '0')}`,
      }),
    }));
    const [file] = await writeVerificationSheets(entries, {
      out: sample.dir,
      asOf: '2020-10-08',
    });
    const zip = await JSZip.loadAsync(await readFile(file!.path));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'O2:O13',
      'R2:R13',
      'U2:U13',
    ]);
  });

  it('writes the opinions the ledger holds in their columns', async () => {
    sample.ledger.apply({
      findingId: 'b1',
      line: 'township',
      result: '属实',
      who: '王乡长',
      on: '2020-10-05',
    });
    const [north] = await writeVerificationSheets(open(), {
      out: sample.dir,
      asOf: '2020-10-08',
    });
    const sheet = await sheetOf(north!.path);

    // b1 is row 3.
    expect(cellAt(sheet, 3, '当前状态').value).toBe('乡镇已核');
    expect(cellAt(sheet, 3, '乡镇核查意见').value).toBe('属实');
    expect(cellAt(sheet, 3, '乡镇核查人').value).toBe('王乡长');
    expect(cellAt(sheet, 3, '乡镇核查日期').value).toEqual(
      new Date(Date.UTC(2020, 9, 5)),
    );
    expect(cellAt(sheet, 3, '部门核查意见').value).toBeNull();
    expect(cellAt(sheet, 3, '理由').value).toBeNull();
    expect(cellAt(sheet, 2, '乡镇核查意见').value).toBeNull();
  });

  it('says how to fill the sheet in on 填写说明', async () => {
    const [north] = await writeVerificationSheets(open(), {
      out: sample.dir,
      asOf: '2020-10-08',
    });
    const guide = await sheetOf(north!.path, '填写说明');
    const text = (guide.getColumn(1).values as unknown[]).join('\n');

    expect(text).toContain('周至县 楼观镇，2020-10-08 导出');
    expect(text).toContain('陕脱贫发〔2020〕9号 四（三）');
    expect(text).toMatch(/「已消疑」的，须填写「理由」和「佐证材料」/);
    expect(text).toMatch(/「确认误报」的，须填写「理由」/);
    expect(text).toContain('YYYY-MM-DD');
  });

  it('names files of unknown places 未知县 and 未知乡镇, and makes names safe', async () => {
    const entry = (
      findingId: string,
      county: string | null,
      township: string | null,
    ): LedgerEntry => ({
      finding: {
        ...sampleFinding({
          findingId,
          township,
          village: '东村',
          householdId: 'H1',
        }),
        county,
      },
      firstSeen: '2020-10-01',
      lastSeen: '2020-10-01',
      present: true,
      status: '待核实',
      statusSince: '2020-10-01',
      deadline: null,
      history: [],
    });
    const files = await writeVerificationSheets(
      [
        entry('x1', null, null),
        entry('x2', '周至县', 'a:b'),
        entry('x3', '周至县', 'a/b'),
        entry('x4', '周至县', null),
        entry('x5', null, null),
      ],
      { out: sample.dir, asOf: '2020-10-08' },
    );

    // '/' (U+002F) sorts before ':' (U+003A); unknown places last.
    expect(files.map((f) => [basename(f.path), f.rows])).toEqual([
      ['周至县-a_b.xlsx', 1],
      ['周至县-a_b(2).xlsx', 1],
      ['周至县-未知乡镇.xlsx', 1],
      ['未知县-未知乡镇.xlsx', 2],
    ]);
    expect(files[1]).toMatchObject({ county: '周至县', township: 'a:b' });
  });
});
