import { InputError, readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('readFolder: headers', () => {
  it('matches headers with spaces, either bracket width, a unit, English keys in any case', async () => {
    const text = [
      ' 户编号 ,regionCode,户 类 型,人均纯收入(元),家庭纯收入（元）,生产经营性收入【元】,PHONE,备注,"转移性收入\n（元）"',
      'H1,610102001001,贫困户,"5,000",20000,"１２，０００",13800001234,新识别,300',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]?.unknownColumns).toEqual(['备注']);
    expect(result.dataset.households).toEqual([
      {
        householdId: 'H1',
        regionCode: '610102001001',
        householdType: '贫困户',
        perCapitaNetIncome: 5000,
        netIncome: 20000,
        businessIncome: 12000,
        transferIncome: 300,
        phone: '13800001234',
        extra: { 备注: '新识别' },
      },
    ]);
  });

  it.each([
    '务工时间（月）',
    '务工时间(月)',
    '务工时间',
    ' 务工时间 （月） ',
    'migrantMonths',
    'MigrantMonths',
  ])('reads the member header %j as migrantMonths', async (header) => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv': `户编号,证件号码,"${header}"\nH1,11010519491231002X,6\n`,
    });

    const result = await readFolder(dir);

    expect(result.tables[1]?.unknownColumns).toEqual([]);
    expect(result.dataset.members).toMatchObject([
      { householdId: 'H1', migrantMonths: 6 },
    ]);
  });

  it('reports errors under the header as written in the file', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,人均纯收入（元）\nH1,很多\n',
    });

    const result = await readFolder(dir);

    expect(result.rejected).toMatchObject([
      {
        line: 2,
        column: '人均纯收入（元）',
        value: '很多',
        reason: 'expected a number',
      },
    ]);
  });

  it('keeps every unknown column as text in extra, leaving blank cells out', async () => {
    const text = ['户编号,备注,联系人,备注', 'H1,甲,张三,乙', 'H2,,,'].join(
      '\n',
    );
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expect(result.tables[0]?.unknownColumns).toEqual([
      '备注',
      '联系人',
      '备注 (column D)',
    ]);
    expect(result.dataset.households.map((h) => h.extra)).toEqual([
      { 备注: '甲', 联系人: '张三', '备注 (column D)': '乙' },
      undefined,
    ]);
  });

  it('names a column without a header by its letter, only when it holds something', async () => {
    const text = ['户编号,,户类型,', 'H1,x,贫困户,', 'H2,,贫困户,'].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expect(result.tables[0]?.unknownColumns).toEqual(['(column B)']);
    expect(result.dataset.households.map((h) => h.extra)).toEqual([
      { '(column B)': 'x' },
      undefined,
    ]);
  });

  it('finds the header below title rows by its key column', async () => {
    const text = [
      '村信息统计表,,',
      '注：本表由乡镇填报,,',
      '行政区划代码,村名,是否贫困村',
      '610102001001,东村,是',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      '村信息.csv': text,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.villages).toEqual([
      {
        regionCode: '610102001001',
        name: '东村',
        povertyVillage: true,
      },
    ]);
  });
});

describe('readFolder: units in headers', () => {
  it('reads a unit that starts with the field’s own, and any note on a field without one', async () => {
    const text = [
      '户编号,人均纯收入（元/年）,家庭纯收入(元/人),取水往返时间【分钟】,人均日用水量（升/人/天）,脱贫年度（年）,年断水天数()',
      'H1,5000,20000,10,60,2019,3',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': text,
      'members.csv':
        '户编号,证件号码,务工时间（月）\nH1,11010519491231002X,6\n',
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables.map((table) => table.unknownColumns)).toEqual([
      [],
      [],
    ]);
    expect(result.dataset.households).toMatchObject([
      {
        perCapitaNetIncome: 5000,
        netIncome: 20000,
        waterTripMinutes: 10,
        waterLitresPerDay: 60,
        exitYear: 2019,
        waterOutageDays: 3,
      },
    ]);
    expect(result.dataset.members).toMatchObject([{ migrantMonths: 6 }]);
  });

  it('takes other spellings of the same unit and notes that are no unit', async () => {
    const dir = await makeFolder({
      'households.csv':
        '户编号,家庭纯收入（2019年）,人均日用水量（L）\nH1,20000,40\n',
      'members.csv':
        '户编号,证件号码,务工时间（个月）\nH1,11010519491231002X,6\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset.households).toMatchObject([
      { netIncome: 20000, waterLitresPerDay: 40 },
    ]);
    expect(result.dataset.members).toMatchObject([{ migrantMonths: 6 }]);
  });

  it('refuses a number column in another unit, naming the file, the column, both units', async () => {
    const dir = await makeFolder({
      'households.csv':
        '户编号,人均纯收入（万元）,取水往返时间(小时)\nH1,0.5,1\n',
      'members.csv':
        '户编号,证件号码,务工时间（天）\nH1,11010519491231002X,200\n',
    });

    const error = await readFolder(dir).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      {
        file: 'households.csv',
        column: '人均纯收入（万元）',
        message:
          'the column 人均纯收入（万元） is in 万元, but 人均纯收入 (perCapitaNetIncome) is read in 元: convert the column to 元 or rename it',
      },
      {
        file: 'households.csv',
        column: '取水往返时间(小时)',
        message:
          'the column 取水往返时间(小时) is in 小时, but 取水往返时间 (waterTripMinutes) is read in 分钟: convert the column to 分钟 or rename it',
      },
      {
        file: 'members.csv',
        column: '务工时间（天）',
        message:
          'the column 务工时间（天） is in 天, but 务工时间（月） (migrantMonths) is read in 月: convert the column to 月 or rename it',
      },
    ]);
  });

  it('refuses yuan a month, 万 alone and hours written h', async () => {
    const dir = await makeFolder({
      'households.csv':
        '户编号,人均纯收入（元/月）,家庭纯收入（万）,取水往返时间（h）\nH1,500,0.6,1\n',
    });

    const error = await readFolder(dir).catch((thrown: unknown) => thrown);

    expect((error as InputError).problems.map((p) => p.column)).toEqual([
      '人均纯收入（元/月）',
      '家庭纯收入（万）',
      '取水往返时间（h）',
    ]);
  });

  it('refuses a unit after the English key too', async () => {
    const dir = await makeFolder({
      'households.csv': 'householdId,netIncome(万元)\nH1,2\n',
    });

    const error = await readFolder(dir).catch((thrown: unknown) => thrown);

    expect((error as InputError).problems).toMatchObject([
      { file: 'households.csv', column: 'netIncome(万元)' },
    ]);
  });
});
