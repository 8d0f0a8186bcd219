import { readFolder } from '@duibiao/io';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
  utf16,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const HOUSEHOLDS = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610102001001,贫困户,"12,345"',
  'H2,610102001001,已脱贫户,8000',
].join('\r\n');

describe('readFolder: CSV encodings', () => {
  it('reads GBK text as GB18030', async () => {
    const dir = await makeFolder({
      '户信息.csv': iconv.encode(HOUSEHOLDS, 'gbk'),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables).toEqual([
      {
        table: 'households',
        file: '户信息.csv',
        format: 'csv',
        encoding: 'gb18030',
        sheet: null,
        read: 2,
        checked: 2,
        rejected: 0,
        blankRows: 0,
        unknownColumns: [],
        missingColumns: [
          '脱贫年度',
          '监测对象类别',
          '识别监测时间',
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
    // Columns the file lacks are unknown, so the records hold only the
    // four it has: no measures: [] for a file without 帮扶措施.
    expect(result.dataset.households).toEqual([
      {
        householdId: 'H1',
        regionCode: '610102001001',
        householdType: '贫困户',
        perCapitaNetIncome: 12345,
      },
      {
        householdId: 'H2',
        regionCode: '610102001001',
        householdType: '已脱贫户',
        perCapitaNetIncome: 8000,
      },
    ]);
  });

  it('reads UTF-8 with a byte-order mark, keeping the first header intact', async () => {
    const dir = await makeFolder({ 'households.csv': `\uFEFF${HOUSEHOLDS}` });

    const result = await readFolder(dir);

    expect(result.tables[0]?.encoding).toBe('utf-8-bom');
    expect(result.dataset.households.map((h) => h.householdId)).toEqual([
      'H1',
      'H2',
    ]);
  });

  it('reads UTF-8 without a byte-order mark', async () => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });

    const result = await readFolder(dir);

    expect(result.tables[0]?.encoding).toBe('utf-8');
    expect(result.dataset.households[0]?.perCapitaNetIncome).toBe(12345);
  });

  it('reads UTF-16LE tab-separated text with Chinese headers (Excel "Unicode text")', async () => {
    const text = [
      '户编号\t户类型\t人均纯收入（元）',
      'H1\t贫困户\t1,200',
      'H2\t一般农户\t9000',
      '',
    ].join('\r\n');
    const dir = await makeFolder({ '户信息.csv': utf16(text, 'le') });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]).toMatchObject({
      encoding: 'utf-16le',
      read: 2,
      checked: 2,
    });
    expect(result.dataset.households).toMatchObject([
      { householdId: 'H1', householdType: '贫困户', perCapitaNetIncome: 1200 },
      {
        householdId: 'H2',
        householdType: '一般农户',
        perCapitaNetIncome: 9000,
      },
    ]);
  });

  it('reads UTF-16BE by its byte-order mark', async () => {
    const dir = await makeFolder({
      'households.csv': utf16('户编号\t户类型\nH1\t贫困户\n', 'be'),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.encoding).toBe('utf-16be');
    expect(result.dataset.households).toMatchObject([
      { householdId: 'H1', householdType: '贫困户' },
    ]);
  });

  it('finds a tab-separated header below a title line that has no delimiter', async () => {
    const dir = await makeFolder({
      'households.csv': '2020年户信息表\n户编号\t户类型\nH1\t贫困户\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset.households).toMatchObject([
      { householdId: 'H1', householdType: '贫困户' },
    ]);
  });

  it('keeps commas inside the cells of a tab-separated file', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\t帮扶措施\nH1\t产业帮扶,就业帮扶\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset.households[0]?.measures).toEqual([
      '产业帮扶',
      '就业帮扶',
    ]);
  });
});

describe('readFolder: CSV line numbers', () => {
  it('does not let a quoted line break shift the lines of later rows', async () => {
    const text = [
      '户编号,备注,户类型',
      'H1,"第一行\n第二行",贫困户',
      'H2,,一般农户',
      'H3,,坏类型',
      '',
    ].join('\r\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 4,
        column: '户类型',
        value: '坏类型',
        code: 'not-in-vocabulary',
        reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
      },
    ]);
    expect(result.dataset.households[0]?.extra).toEqual({
      备注: '第一行\n第二行',
    });
  });

  it('numbers rows from the sheet row of a header below title rows', async () => {
    const text = [
      '2020年户信息表,,',
      '填报单位：某县,,',
      '户编号,户类型,脱贫年度',
      'H1,贫困户,',
      'H2,已脱贫户,两千',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]).toMatchObject({
      read: 2,
      checked: 1,
      rejected: 1,
      blankRows: 0,
    });
    expect(result.rejected).toMatchObject([
      {
        line: 5,
        column: '脱贫年度',
        value: '两千',
        reason:
          'expected a number: numbers in words are not read; write it in digits',
      },
    ]);
  });

  it('rejects short and long rows with their lines and counts blank rows apart', async () => {
    const text = [
      '户编号,户类型,脱贫年度',
      'H1,贫困户',
      'H2,已脱贫户,2019,,',
      'H3,贫困户,2019,多余',
      ',,',
      '',
      'H4,一般农户,',
    ].join('\r\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]).toMatchObject({
      read: 4,
      checked: 2,
      rejected: 2,
      blankRows: 2,
    });
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 2,
        column: '脱贫年度',
        value: null,
        code: 'too-few-cells',
        reason:
          'row has 2 cells, the header has 3: it ends before 脱贫年度, so its cells may not sit under their headers (a delimiter lost, or the row cut short)',
      },
      {
        table: 'households',
        file: 'households.csv',
        line: 4,
        column: '(column D)',
        value: '多余',
        code: 'too-many-cells',
        reason: 'row has 4 cells, the header has 3',
      },
    ]);
    expect(
      result.dataset.households.map((h) => [h.householdId, h.exitYear]),
    ).toEqual([
      ['H2', 2019],
      ['H4', undefined],
    ]);
  });

  it('lets a row end before a header cell that is empty', async () => {
    const text = ['户编号,户类型,', 'H1,贫困户', 'H2', 'H3,贫困户,x,'].join(
      '\n',
    );
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.households).toMatchObject([
      { householdId: 'H1', householdType: '贫困户' },
      {
        householdId: 'H3',
        householdType: '贫困户',
        extra: { '(column C)': 'x' },
      },
    ]);
    expect(result.rejected).toMatchObject([
      {
        line: 3,
        column: '户类型',
        value: null,
        reason: expect.stringContaining(
          'row has 1 cell, the header has 2: it ends before 户类型',
        ) as string,
      },
    ]);
  });

  it('accepts LF, CRLF and CR line ends in one file', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,户类型\r\nH1,贫困户\nH2,贫困户\rH3,坏\r\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset.households.map((h) => h.householdType)).toEqual([
      '贫困户',
      '贫困户',
    ]);
    expect(result.rejected).toMatchObject([{ line: 4, value: '坏' }]);
  });
});
