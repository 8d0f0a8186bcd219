import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('readFolder: columns a file lacks', () => {
  it('reads a blank cell by its field and leaves a column the file lacks unknown', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,帮扶措施,是否危房户\nH1,,\nH2,产业帮扶,否\n',
      'members.csv': '户编号,证件号码,在校生状况\nH1,11010519491231002X,\n',
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // Blank 帮扶措施 means no measure; blank 是否危房户 is unknown. There
    // is no 致贫原因 column, so causes are unknown rather than none.
    expect(result.dataset.households).toEqual([
      { householdId: 'H1', measures: [] },
      { householdId: 'H2', measures: ['产业帮扶'], dangerousHouse: false },
    ]);
    // No 证件类型 column: unknown, not the resident ID card a blank
    // cell stands for.
    expect(result.dataset.members).toEqual([
      {
        householdId: 'H1',
        idNumber: '11010519491231002X',
        schoolStatus: null,
      },
    ]);
  });

  it('lists the headers of the fields a file lacks, in field order', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'villages.csv': [
        '是否通宽带,行政区划代码,村名,备注,是否贫困村,监测预警联络员',
        '是,610102001001,东村,x,否,',
      ].join('\n'),
    });

    const result = await readFolder(dir);

    expect(result.tables[1]?.missingColumns).toEqual([
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
      '光伏收益分配方式',
      '光伏收益分配是否公示',
    ]);
    expect(result.dataset.villages).toEqual([
      {
        regionCode: '610102001001',
        name: '东村',
        povertyVillage: false,
        broadband: true,
        monitoringLiaison: null,
        extra: { 备注: 'x' },
      },
    ]);
  });
});

describe('readFolder: template rows', () => {
  it('counts a row with values only in columns that name no field as blank', async () => {
    const households = [
      '序号,户编号,户类型,',
      '1,H1,贫困户,',
      '2,,,',
      '3,,,备用',
      ',,,',
      '5,,贫困户,',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': households });

    const result = await readFolder(dir);

    expectBalanced(result);
    // Lines 3 to 5 hold nothing under 户编号 or 户类型; line 6 has a
    // 户类型 and no 户编号, so it is a data row without its key.
    expect(result.tables[0]).toMatchObject({
      read: 2,
      checked: 1,
      rejected: 1,
      blankRows: 3,
      // The unnamed column D holds something only on a blank row.
      unknownColumns: ['序号'],
    });
    expect(result.rejected).toMatchObject([
      {
        line: 6,
        column: '户编号',
        reason: '户编号 is blank: the row cannot be identified',
      },
    ]);
    expect(result.dataset.households[0]?.extra).toEqual({ 序号: '1' });
  });

  it('counts a JSON object with only keys that name no field as blank', async () => {
    const dir = await makeFolder({
      'households.json': '[{"序号":1,"householdId":"H1"},{"序号":2},{}]',
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[0]).toMatchObject({ read: 1, blankRows: 2 });
  });
});
