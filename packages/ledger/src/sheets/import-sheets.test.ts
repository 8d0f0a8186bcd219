import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  sampleLedger,
  type SampleLedger,
} from './__fixtures__/sample-ledger.js';
import {
  importVerificationSheets,
  type SheetFile,
  writeVerificationSheets,
} from './index.js';

let sample: SampleLedger;
let north: SheetFile;
let south: SheetFile;
beforeEach(async () => {
  sample = sampleLedger();
  // The township has verified b1 before the export: its sheet says so.
  sample.ledger.apply({
    findingId: 'b1',
    line: 'township',
    result: '属实',
    who: '王乡长',
    on: '2020-10-05',
  });
  [north, south] = (await writeVerificationSheets(
    sample.ledger.entries({ present: true, open: true }),
    { out: sample.dir, asOf: '2020-10-08' },
  )) as [SheetFile, SheetFile];
});
afterEach(() => sample.dispose());

/** Opens a sheet, lets `fill` set cells by row and header, saves it. */
async function fill(
  path: string,
  cells: (set: (row: number, header: string, value: unknown) => void) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('核实表')!;
  const headers = sheet.getRow(1).values as unknown[];
  cells((row, header, value) => {
    sheet.getRow(row).getCell(headers.indexOf(header)).value =
      value as ExcelJS.CellValue;
  });
  await workbook.xlsx.writeFile(path);
}

/** Each finding's status, by id. */
const statuses = () =>
  Object.fromEntries(
    sample.ledger.entries().map((e) => [e.finding.findingId, e.status]),
  );

/**
 * 终南镇's rows: 2 a2, 3 a1, 4 a3, then 5 added; 楼观镇's: 2 b2, 3 b1
 * (the township's 属实 written in), 4 b3.
 */
async function fillBoth(): Promise<void> {
  await fill(south.path, (set) => {
    // a1: both lines.
    set(3, '乡镇核查意见', '属实');
    set(3, '乡镇核查人', '李四');
    set(3, '乡镇核查日期', '2020-10-08');
    set(3, '部门核查意见', '不属实');
    set(3, '部门核查人', '教育局张三');
    set(3, '部门核查日期', new Date(Date.UTC(2020, 9, 9)));
    // a2: 已消疑 with evidence and no reason.
    set(2, '复核结果', '已消疑');
    set(2, '佐证材料', '照片-001');
    // a3: an opinion not in the list.
    set(4, '乡镇核查意见', '已核实');
    // A finding the ledger does not hold.
    set(5, '问题编号', 'zz-unknown');
    set(5, '乡镇核查意见', '属实');
  });
  await fill(north.path, (set) => {
    // b2: the township, then a review before the department.
    set(2, '乡镇核查意见', '不属实');
    set(2, '复核结果', '确认误报');
    set(2, '理由', '户主已迁出');
    // b1: the department (no date: the import's), then the review.
    set(3, '部门核查意见', '属实');
    set(3, '复核结果', '已复核');
    set(3, '复核人', '县扶贫办');
  });
}

const expectedProblems = () => [
  {
    file: south.path,
    line: 2,
    column: '理由',
    reason: '复核结果为「已消疑」，须填写理由',
  },
  {
    file: south.path,
    line: 4,
    column: '乡镇核查意见',
    value: '已核实',
    reason:
      '「已核实」不在下拉列表中，乡镇核查意见应为 属实、不属实、已整改 之一',
  },
  {
    file: south.path,
    line: 5,
    column: '问题编号',
    value: 'zz-unknown',
    reason: '台账中没有问题编号「zz-unknown」',
  },
  {
    file: north.path,
    line: 2,
    column: '复核结果',
    value: '确认误报',
    reason: '问题 b2：复核需乡镇和部门双线核查意见都已出具，现为「乡镇已核」',
  },
];

describe('importVerificationSheets', () => {
  it('applies the rows it can, and names the file, row and column of each it cannot', async () => {
    await fillBoth();
    const result = await importVerificationSheets(
      sample.ledger,
      [south.path, north.path],
      { on: '2020-10-10' },
    );

    // a1: 待核实 → 乡镇已核 → 双线已核. b1: 乡镇已核 (the township's
    // 属实 was recorded) → 双线已核 → 已复核. b2's row is refused whole:
    // its township opinion does not stay. a2, a3 and b3 are untouched.
    expect(statuses()).toEqual({
      a1: '双线已核',
      a2: '待核实',
      a3: '待核实',
      b1: '已复核',
      b2: '待核实',
      b3: '待核实',
    });
    // 4 rows in 终南镇 and 3 in 楼观镇: a1 and b1 applied, b3 blank, 4 refused.
    expect(result).toEqual({
      files: 2,
      rows: 7,
      applied: 2,
      already: 0,
      untouched: 1,
      problems: expectedProblems(),
    });

    const a1 = sample.ledger.entry('a1')!.history.slice(1);
    expect(a1).toMatchObject([
      {
        line: 'township',
        result: '属实',
        from: '待核实',
        to: '乡镇已核',
        who: '李四',
        on: '2020-10-08',
        source: '周至县-终南镇.xlsx:3',
      },
      {
        line: 'department',
        result: '不属实',
        from: '乡镇已核',
        to: '双线已核',
        who: '教育局张三',
        on: '2020-10-09',
        source: '周至县-终南镇.xlsx:3',
      },
    ]);
    const b1 = sample.ledger.entry('b1')!.history.slice(2);
    expect(b1).toMatchObject([
      { line: 'department', result: '属实', on: '2020-10-10', who: null },
      { line: 'review', result: '已复核', to: '已复核', who: '县扶贫办' },
    ]);
  });

  it('finds everything recorded when the same files come again', async () => {
    await fillBoth();
    const paths = [south.path, north.path];
    await importVerificationSheets(sample.ledger, paths, { on: '2020-10-10' });
    const before = sample.ledger.entries();

    const again = await importVerificationSheets(sample.ledger, paths, {
      on: '2020-10-11',
    });

    expect(again).toEqual({
      files: 2,
      rows: 7,
      applied: 0,
      already: 2,
      untouched: 1,
      problems: expectedProblems(),
    });
    expect(sample.ledger.entries()).toEqual(before);
  });

  it('reads the opinions written in at export as recorded', async () => {
    await fillBoth();
    await importVerificationSheets(sample.ledger, [south.path, north.path], {
      on: '2020-10-10',
    });
    const [, again] = await writeVerificationSheets(
      sample.ledger.entries({ present: true, open: true }),
      { out: `${sample.dir}/again`, asOf: '2020-10-12' },
    );

    // The department sees the township's opinion beside its own.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(again!.path);
    const row = workbook.getWorksheet('核实表')!.getRow(3).values as unknown[];
    expect([row[1], row[13], row[15], row[18]]).toEqual([
      'a1',
      '双线已核',
      '属实',
      '不属实',
    ]);

    // a1's row holds both lines' opinions, a2's and a3's nothing.
    const result = await importVerificationSheets(
      sample.ledger,
      [again!.path],
      { on: '2020-10-12' },
    );
    expect(result).toEqual({
      files: 1,
      rows: 3,
      applied: 0,
      already: 1,
      untouched: 2,
      problems: [],
    });
  });

  it('reports a file it cannot read and applies the others', async () => {
    await fillBoth();
    const missing = `${sample.dir}/没有.xlsx`;
    const result = await importVerificationSheets(
      sample.ledger,
      [missing, south.path],
      { on: '2020-10-10' },
    );

    expect(result.files).toBe(1);
    expect(result.applied).toBe(1);
    expect(result.problems[0]).toEqual({
      file: missing,
      reason: '没有.xlsx：文件不存在',
    });
    expect(statuses().a1).toBe('双线已核');
  });
});
