import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import type { CaseGenerator } from './generators.js';

const HOUSEHOLD_HEADER = [
  '户编号',
  '行政区划代码',
  '户类型',
  '人均纯收入（元）',
];

/** Writes a workbook into the folder under the given name. */
async function save(
  folder: string,
  name: string,
  book: ExcelJS.Workbook,
): Promise<void> {
  const bytes = await book.xlsx.writeBuffer();
  await writeFile(join(folder, name), new Uint8Array(bytes));
}

/** A workbook of one sheet named 户信息 holding the rows given. */
function householdBook(rows: readonly ExcelJS.CellValue[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户信息');
  for (const row of rows) sheet.addRow(row);

  return { book, sheet };
}

/**
 * Generators of the workbook cases: files as Excel or WPS saves them,
 * made with exceljs. Keep them sorted by name.
 */
export const xlsxGenerators: Readonly<Record<string, CaseGenerator>> = {
  // 人员信息.xlsx, 出生日期 as Excel keeps dates: M1's a date cell
  // (1975-03-12, formatted yyyy-mm-dd), M2's the plain number 29000 in
  // General format (the serial of 1979-05-25), M3's the serial 30000
  // (1982-02-18) formatted as a date. 户信息.csv holds the household H1.
  'xlsx-date-cells-and-serials': async (folder) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('人员信息');
    sheet.addRow(['户编号', '证件号码', '姓名', '出生日期']);
    sheet.addRow(['H1', '610124197503121114', '张三', null]);
    sheet.addRow(['H1', '610124197905251114', '李四', 29000]);
    sheet.addRow(['H1', '610124198202181118', '王五', 30000]);
    const dated = sheet.getCell('D2');
    dated.value = new Date(Date.UTC(1975, 2, 12));
    dated.numFmt = 'yyyy-mm-dd';
    sheet.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
    await save(folder, '人员信息.xlsx', book);
    await writeFile(
      join(folder, '户信息.csv'),
      '户编号,行政区划代码,户类型\nH1,610124102230,贫困户\n',
    );
  },

  // 人员信息.xlsx whose 出生日期 column is formatted as text (@), so that
  // what was typed is kept as typed: 1980-01-01, 1968/6/21, and the
  // five digits 30000 (an Excel serial written as text: 1982-02-18).
  'xlsx-date-formatted-as-text': async (folder) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('人员信息');
    sheet.addRow(['户编号', '证件号码', '姓名', '出生日期']);
    sheet.addRow(['H1', '610124198001011112', '张三', '1980-01-01']);
    sheet.addRow(['H1', '610124196806211112', '李四', '1968/6/21']);
    sheet.addRow(['H1', '610124198202181118', '王五', '30000']);
    for (const line of [2, 3, 4]) sheet.getCell(`D${line}`).numFmt = '@';
    await save(folder, '人员信息.xlsx', book);
    await writeFile(
      join(folder, '户信息.csv'),
      '户编号,行政区划代码,户类型\nH1,610124102230,贫困户\n',
    );
  },

  // 户信息.xlsx, 人均纯收入（元）: H1's cell shows #N/A; H2's is the
  // formula D3*"x" saved with its result #VALUE!; H3's is 5200.
  'xlsx-error-cells': async (folder) => {
    const { book } = householdBook([
      HOUSEHOLD_HEADER,
      ['H1', '610124102230', '贫困户', { error: '#N/A' }],
      [
        'H2',
        '610124102230',
        '贫困户',
        { formula: 'D3*"x"', result: { error: '#VALUE!' } },
      ],
      ['H3', '610124102230', '贫困户', 5200],
    ]);
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx with formulas: 家庭纯收入（元） is 10500 in both rows;
  // 人均纯收入（元） is D2/3 saved with its result 3500 in H1's row, and
  // D3/3 saved without a result (as a program that never opened the
  // file in Excel writes it) in H2's. H1's 户类型 is the formula
  // "贫困"&"户" with its result 贫困户.
  'xlsx-formulas-cached-values': async (folder) => {
    const { book } = householdBook([
      [
        '户编号',
        '行政区划代码',
        '户类型',
        '家庭纯收入（元）',
        '人均纯收入（元）',
      ],
      [
        'H1',
        '610124102230',
        { formula: '"贫困"&"户"', result: '贫困户' },
        10500,
        { formula: 'D2/3', result: 3500 },
      ],
      ['H2', '610124102230', '贫困户', 10500, { formula: 'D3/3' }],
    ]);
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx of two sheets with the same header (户编号, 行政区划代码,
  // 户类型): first a hidden Sheet2 holding an old household OLD1, then
  // the visible Sheet1 holding H1 and H2.
  'xlsx-hidden-sheet-first': async (folder) => {
    const book = new ExcelJS.Workbook();
    const old = book.addWorksheet('Sheet2', { state: 'hidden' });
    old.addRow(['户编号', '行政区划代码', '户类型']);
    old.addRow(['OLD1', '610124102230', '贫困户']);
    const shown = book.addWorksheet('Sheet1');
    shown.addRow(['户编号', '行政区划代码', '户类型']);
    shown.addRow(['H1', '610124102230', '贫困户']);
    shown.addRow(['H2', '610124102230', '已脱贫户']);
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx whose header takes two rows, as templates lay out
  // groups: 户编号, 行政区划代码 and 户类型 each merged down rows 1–2;
  // 收入情况（元） merged across D1:E1 over 工资性收入 (D2) and 人均纯收入
  // (E2). Then H1 (贫困户, 3000, 3500) and H2 (已脱贫户, 8000, 5200).
  'xlsx-header-over-two-rows': async (folder) => {
    const { book, sheet } = householdBook([
      ['户编号', '行政区划代码', '户类型', '收入情况（元）'],
      [null, null, null, '工资性收入', '人均纯收入'],
      ['H1', '610124102230', '贫困户', 3000, 3500],
      ['H2', '610124102230', '已脱贫户', 8000, 5200],
    ]);
    for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1']) {
      sheet.mergeCells(range);
    }
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx with merged cells: the title 2020年度户信息表 merged
  // across A1:E1; the header 人均纯收入（元） merged across D2:E2; and
  // H1's 行政区划代码 610124102230 merged down B3:B4, into H2's row.
  // Incomes: H1 5200, H2 3500.
  'xlsx-merged-cells': async (folder) => {
    const { book, sheet } = householdBook([
      ['2020年度户信息表'],
      HOUSEHOLD_HEADER,
      ['H1', '610124102230', '贫困户', 5200],
      ['H2', null, '已脱贫户', 3500],
    ]);
    sheet.mergeCells('A1:E1');
    sheet.mergeCells('D2:E2');
    sheet.mergeCells('B3:B4');
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx without a single sheet.
  'xlsx-no-sheets': async (folder) => {
    await save(folder, '户信息.xlsx', new ExcelJS.Workbook());
  },

  // 户信息.xlsx whose one sheet, 户信息, is empty.
  'xlsx-one-empty-sheet': async (folder) => {
    await save(folder, '户信息.xlsx', householdBook([]).book);
  },

  // 户信息.xlsx with rich text, as a cell partly bold or coloured is
  // saved: H1's 户编号 is H (plain) and 1 (bold); its 户类型 is 贫困
  // (plain) and 户 (red).
  'xlsx-rich-text-cells': async (folder) => {
    const { book } = householdBook([
      ['户编号', '行政区划代码', '户类型'],
      [
        { richText: [{ text: 'H' }, { text: '1', font: { bold: true } }] },
        '610124102230',
        {
          richText: [
            { text: '贫困' },
            { text: '户', font: { color: { argb: 'FFFF0000' } } },
          ],
        },
      ],
    ]);
    await save(folder, '户信息.xlsx', book);
  },

  // 户信息.xlsx cut off after its first 2,000 bytes, as a download or a
  // copy that did not finish leaves it.
  'xlsx-truncated': async (folder) => {
    const { book } = householdBook([
      ['户编号', '行政区划代码', '户类型'],
      ['H1', '610124102230', '贫困户'],
    ]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await writeFile(join(folder, '户信息.xlsx'), bytes.subarray(0, 2000));
  },
};
