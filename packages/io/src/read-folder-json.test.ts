import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('readFolder: JSON', () => {
  it('reads an array of objects keyed by English field names, lines being element positions', async () => {
    const households = [
      {
        householdId: 'H1',
        householdType: '贫困户',
        perCapitaNetIncome: 5000,
        measures: ['产业帮扶', '就业帮扶'],
        备注: 'x',
      },
      { householdId: 'H2', monitoredSince: '2023-02-29' },
      5,
      {},
      { householdId: 'H3', nested: { a: 1 } },
      { householdId: 'H4', householdType: { x: 1 } },
    ];
    const dir = await makeFolder({
      'households.json': JSON.stringify(households, null, 2),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables).toEqual([
      {
        table: 'households',
        file: 'households.json',
        format: 'json',
        encoding: 'utf-8',
        sheet: null,
        read: 5,
        checked: 2,
        rejected: 3,
        blankRows: 1,
        unknownColumns: ['备注', 'nested'],
        missingColumns: [
          '行政区划代码',
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
          '开发式帮扶措施实施情况',
          '是否易地扶贫搬迁户',
          '帮扶责任人',
          '联系电话',
        ],
      },
    ]);
    expect(result.dataset.households).toMatchObject([
      {
        householdId: 'H1',
        householdType: '贫困户',
        perCapitaNetIncome: 5000,
        measures: ['产业帮扶', '就业帮扶'],
        extra: { 备注: 'x' },
      },
      { householdId: 'H3', extra: { nested: '{"a":1}' } },
    ]);
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.json',
        line: 2,
        column: 'monitoredSince',
        value: '2023-02-29',
        code: 'invalid-date',
        reason: '2023-02-29 is not a date: 2023-02 has 28 days',
      },
      {
        table: 'households',
        file: 'households.json',
        line: 3,
        column: null,
        value: '5',
        code: 'not-a-row',
        reason: 'element 3 is a number, not an object',
      },
      {
        table: 'households',
        file: 'households.json',
        line: 6,
        column: 'householdType',
        value: '{"x":1}',
        code: 'not-a-value',
        reason: 'expected a value, not an object',
      },
    ]);
  });

  it('takes a key an object leaves out as unknown and a key with null or "" as blank', async () => {
    const villages: Record<string, unknown>[] = [
      {
        regionCode: '610102001001',
        name: '东村',
        broadband: '是',
        monitoringLiaison: null,
        pvIncomeDistribution: '',
        constructor: 'x',
      },
      { regionCode: '610102001002', name: '西村' },
    ];
    const dir = await makeFolder({
      'households.json': '[{"householdId":"H1"}]',
      'villages.json': JSON.stringify(villages),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // 西村 leaves out the two fields whose blank means "none": they are
    // unknown, not null; and its missing constructor key is not
    // Object.prototype's.
    expect(result.dataset.villages).toEqual([
      {
        regionCode: '610102001001',
        name: '东村',
        broadband: true,
        monitoringLiaison: null,
        pvIncomeDistribution: null,
        extra: { constructor: 'x' },
      },
      { regionCode: '610102001002', name: '西村' },
    ]);
    expect(result.tables[1]?.missingColumns).toEqual([
      '是否贫困村',
      '是否有标准化卫生室',
      '是否有合格村医',
      '是否通硬化路',
      '是否具备通客车条件',
      '是否通客车',
      '村组道路是否落实管护',
      '是否通动力电',
      '是否一户一表',
      '人居环境是否干净整洁',
      '是否有驻村工作队',
      '是否有光伏扶贫电站',
      '光伏收益分配是否公示',
    ]);
  });

  it('accepts Chinese headers as keys, booleans and a byte-order mark', async () => {
    const villages = [
      {
        行政区划代码: '610102001001',
        村名: '东村',
        是否贫困村: true,
        是否通宽带: '否',
      },
    ];
    const dir = await makeFolder({
      'households.json': '[{"householdId":"H1"}]',
      '村信息.json': `\uFEFF${JSON.stringify(villages)}`,
    });

    const result = await readFolder(dir);

    expect(result.tables[1]).toMatchObject({
      encoding: 'utf-8-bom',
      checked: 1,
    });
    expect(result.dataset.villages).toMatchObject([
      {
        regionCode: '610102001001',
        name: '东村',
        povertyVillage: true,
        broadband: false,
      },
    ]);
  });

  it('rejects an ID number given as a JSON number', async () => {
    const dir = await makeFolder({
      'households.json': '[{"householdId":"H1"}]',
      'members.json': '[{"householdId":"H1","idNumber":110105194912310000}]',
    });

    const result = await readFolder(dir);

    expect(result.rejected).toMatchObject([
      {
        table: 'members',
        line: 1,
        column: 'idNumber',
        value: '110105194912310000',
        code: 'digits-lost',
        reason:
          'the JSON number 110105194912310000 is past the 15 digits a number keeps, so its digits are lost: write an ID number or a 户编号 as a string in quotes ("110105194912310000"), and check an amount',
      },
    ]);
  });
});
