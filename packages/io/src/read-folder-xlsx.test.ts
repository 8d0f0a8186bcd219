import { readFolder } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const utcDay = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day));

async function householdsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('户信息');
  sheet.getCell('A1').value = '2020年户信息表';
  sheet.mergeCells('A1:E1');
  sheet.addRow([
    '户编号',
    '行政区划代码',
    '户类型',
    '人均纯收入（元）',
    '识别监测时间',
  ]);
  sheet.addRow([
    'H1',
    '610102001001',
    '贫困户',
    { formula: 'D4*2', result: 5000 },
    utcDay(2020, 3, 15),
  ]);
  sheet.addRow(['H2', null, '已脱贫户', 2500, 43831]);
  sheet.addRow([
    'H3',
    null,
    '一般农户',
    { richText: [{ text: '6,' }, { text: '000' }] },
    null,
  ]);
  sheet.mergeCells('B3:B5');
  sheet.getCell('A7').value = 'H4';
  sheet.getCell('B7').value = {
    text: '610102001002',
    hyperlink: 'https://example.invalid/h4',
  };
  sheet.getCell('C7').value = { richText: [{ text: '贫困' }, { text: '户' }] };
  sheet.getCell('A8').value = 'H5';
  sheet.getCell('C8').value = '贫困户';
  sheet.mergeCells('C8:D8');
  workbook.addWorksheet('说明').addRow(['户编号', '这张表不读']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function membersWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员信息');
  sheet.addRow(['户编号', '证件号码', '姓名', '出生日期']);
  sheet.addRow(['H1', '11010519491231002X', '张三', utcDay(1949, 12, 31)]);
  sheet.addRow(['H1', 110105194912310000, '张四', utcDay(1975, 6, 1)]);
  sheet.addRow(['H2', '610102199001011234', '王五', { error: '#N/A' }]);
  sheet.addRow(['H2', '610102199202021234', { formula: 'C2&"妻"' }, null]);
  sheet.addRow([
    'H3',
    '610102201001011234',
    { text: '李四', hyperlink: 'mailto:x@example.invalid' },
    '2010-01-01',
  ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readFolder: XLSX', () => {
  it('skips title rows, spreads merged cells down, reads cached formulas, rich text, hyperlinks and dates', async () => {
    const dir = await makeFolder({
      'households.xlsx': await householdsWorkbook(),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables).toEqual([
      {
        table: 'households',
        file: 'households.xlsx',
        format: 'xlsx',
        encoding: null,
        sheet: '户信息',
        read: 5,
        checked: 5,
        rejected: 0,
        blankRows: 1,
        unknownColumns: [],
        missingColumns: [
          '脱贫年度',
          '监测对象类别',
          '风险是否已消除',
          '风险消除方式',
          '消除监测时间',
          '致贫原因',
          '收入年度',
          '工资性收入',
          '生产经营性收入',
          '财产性收入',
          '转移性收入',
          '生产经营性支出',
          '家庭纯收入',
          '合规自付支出',
          '是否危房户',
          '危房等级',
          '住房安全保障方式',
          '是否解决安全饮用水',
          '人均日用水量',
          '取水往返时间',
          '年断水天数',
          '是否缺水地区',
          '帮扶措施',
          '开发式帮扶措施实施情况',
          '是否易地扶贫搬迁户',
          '帮扶责任人',
          '联系电话',
        ],
      },
    ]);
    expect(
      result.dataset.households.map((h) => [
        h.householdId,
        h.regionCode,
        h.householdType,
        h.perCapitaNetIncome,
        h.monitoredSince,
      ]),
    ).toEqual([
      ['H1', '610102001001', '贫困户', 5000, '2020-03-15'],
      ['H2', '610102001001', '已脱贫户', 2500, '2020-01-01'],
      ['H3', '610102001001', '一般农户', 6000, undefined],
      ['H4', '610102001002', '贫困户', undefined, undefined],
      // C8:D8 is merged across columns: 贫困户 belongs to 户类型 only.
      ['H5', undefined, '贫困户', undefined, undefined],
    ]);
  });

  it('rejects an ID number stored as a number, error cells and formulas saved without a result', async () => {
    const dir = await makeFolder({
      '户信息.csv': '户编号\nH1\nH2\nH3\n',
      '人员信息.xlsx': await membersWorkbook(),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // The workbook has no 证件类型 or 在校生状况 column, so those fields are
    // unknown: not the resident ID card a blank 证件类型 would stand for.
    expect(result.dataset.members).toEqual([
      {
        householdId: 'H1',
        idNumber: '11010519491231002X',
        name: '张三',
        birthDate: '1949-12-31',
      },
      {
        householdId: 'H3',
        idNumber: '610102201001011234',
        name: '李四',
        birthDate: '2010-01-01',
      },
    ]);
    expect(result.rejected).toEqual([
      {
        table: 'members',
        file: '人员信息.xlsx',
        line: 3,
        column: '证件号码',
        value: '110105194912310000',
        code: 'digits-lost',
        reason:
          'the ID number was stored as a number, so its last digits are lost (Excel keeps 15); export the column as text',
      },
      {
        table: 'members',
        file: '人员信息.xlsx',
        line: 4,
        column: '出生日期',
        value: '#N/A',
        code: 'spreadsheet-error',
        reason: 'the cell shows the error #N/A',
      },
      {
        table: 'members',
        file: '人员信息.xlsx',
        line: 5,
        column: '姓名',
        value: '=C2&"妻"',
        code: 'formula-without-result',
        reason:
          'the formula =C2&"妻" was saved without its result; open the file in Excel or WPS and save it again',
      },
    ]);
  });

  it('reads the first visible sheet with the key column, past a notes sheet, an empty one and a hidden one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRows([['填表说明'], ['户编号：16位数字']]);
    workbook.addWorksheet('空');
    const old = workbook.addWorksheet('旧表');
    old.addRows([['户编号'], ['H9']]);
    old.state = 'hidden';
    workbook.addWorksheet('户信息').addRows([
      ['户编号', '户类型'],
      ['H1', '贫困户'],
    ]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]).toMatchObject({
      format: 'xlsx',
      sheet: '户信息',
      read: 1,
    });
    expect(result.dataset.households.map((h) => h.householdId)).toEqual(['H1']);
  });

  it('passes over a 说明 sheet that lists the fields one per row for the sheet naming more fields', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('说明')
      .addRows([
        ['填表说明'],
        ['户编号', '16位数字，与人员信息一致'],
        ['户类型', '贫困户、已脱贫户、一般农户'],
        ['人均纯收入', '元/年'],
      ]);
    workbook.addWorksheet('Sheet1').addRows([
      ['户编号', '户类型', '人均纯收入'],
      ['6101241012010001', '贫困户', 5000],
    ]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // 说明's "header" names 户编号 alone; Sheet1's names three fields.
    expect(result.tables[0]).toMatchObject({
      sheet: 'Sheet1',
      read: 1,
      rejected: 0,
    });
    expect(result.dataset.households.map((h) => h.householdId)).toEqual([
      '6101241012010001',
    ]);
  });

  it('prefers the sheet named after the table, in either language, to a wider one', async () => {
    const make = async (name: string) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('汇总').addRows([
        ['户编号', '户类型', '人均纯收入'],
        ['H9', '贫困户', 1],
      ]);
      workbook.addWorksheet(name).addRows([['户编号'], ['H1']]);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const english = await makeFolder({
      'households.xlsx': await make(' Households '),
    });
    const chinese = await makeFolder({
      'households.xlsx': await make('户信息'),
    });

    const results = [await readFolder(english), await readFolder(chinese)];

    expect(results.map((result) => result.tables[0]?.sheet)).toEqual([
      ' Households ',
      '户信息',
    ]);
    expect(
      results.map((result) => result.dataset.households[0]?.householdId),
    ).toEqual(['H1', 'H1']);
  });

  it('gives a tie in fields named to the earlier sheet, visible before hidden', async () => {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('旧表');
    hidden.addRows([
      ['户编号', '户类型'],
      ['H9', '贫困户'],
    ]);
    hidden.state = 'hidden';
    workbook.addWorksheet('表一').addRows([
      ['户编号', '户类型'],
      ['H1', '贫困户'],
    ]);
    workbook.addWorksheet('表二').addRows([
      ['户编号', '户类型'],
      ['H2', '贫困户'],
    ]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.sheet).toBe('表一');
    expect(result.dataset.households.map((h) => h.householdId)).toEqual(['H1']);
  });

  it('reads a hidden sheet when no visible one holds the key column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由乡镇填报']);
    const data = workbook.addWorksheet('data');
    data.addRows([['householdId'], ['H2']]);
    data.state = 'veryHidden';
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.sheet).toBe('data');
    expect(result.dataset.households.map((h) => h.householdId)).toEqual(['H2']);
  });

  it('passes unknown columns on as text, dates as their day', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['户编号', '填报日期', '备注']);
    sheet.addRow(['H1', utcDay(2020, 9, 30), 12.5]);
    sheet.getCell('E2').value = '表外';
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.unknownColumns).toEqual([
      '填报日期',
      '备注',
      '(column E)',
    ]);
    expect(result.dataset.households[0]?.extra).toEqual({
      填报日期: '2020-09-30',
      备注: '12.5',
      '(column E)': '表外',
    });
  });
});
