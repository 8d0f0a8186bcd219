import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('readFolder: values go through core', () => {
  it('reads every date form, an Excel serial included, and rejects 2023-02-29 with its line', async () => {
    const text = [
      '户编号,识别监测时间',
      'H1,2020-01-15',
      'H2,2020/1/5',
      'H3,2020/01/05',
      'H4,20200105',
      'H5,2020-03',
      'H6,202003',
      'H7,43831',
      'H8,2023-02-29',
      'H9,2020年3月5日',
      'H10,2024-02-29',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(
      result.dataset.households.map((h) => [h.householdId, h.monitoredSince]),
    ).toEqual([
      ['H1', '2020-01-15'],
      ['H2', '2020-01-05'],
      ['H3', '2020-01-05'],
      ['H4', '2020-01-05'],
      ['H5', '2020-03'],
      ['H6', '2020-03'],
      ['H7', '2020-01-01'],
      ['H9', '2020-03-05'],
      ['H10', '2024-02-29'],
    ]);
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 9,
        column: '识别监测时间',
        value: '2023-02-29',
        code: 'invalid-date',
        reason: '2023-02-29 is not a date: 2023-02 has 28 days',
      },
    ]);
  });

  it('reports the first of several problems by column and names the others in the reason', async () => {
    const text = [
      '户编号,户类型,脱贫年度,识别监测时间',
      'H1,X,abc,2023-02-29',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 2,
        column: '户类型',
        value: 'X',
        code: 'not-in-vocabulary',
        reason:
          'expected one of 贫困户 · 已脱贫户 · 一般农户; also 脱贫年度 "abc": expected a number; 识别监测时间 "2023-02-29": 2023-02-29 is not a date: 2023-02 has 28 days',
      },
    ]);
  });

  it('treats blank cells as unknown, never as 0 or false', async () => {
    const text = [
      '户编号,人均纯收入,是否危房户,帮扶措施',
      'H1,,,',
      'H2,0,否,产业帮扶；就业帮扶',
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    const [blank, filled] = result.dataset.households;
    expect(blank).not.toHaveProperty('perCapitaNetIncome');
    expect(blank).not.toHaveProperty('dangerousHouse');
    expect(blank?.measures).toEqual([]);
    expect(filled).toMatchObject({
      perCapitaNetIncome: 0,
      dangerousHouse: false,
      measures: ['产业帮扶', '就业帮扶'],
    });
  });

  it('rejects a row whose key is blank', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,户类型\n  ,贫困户\n',
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.rejected).toMatchObject([
      {
        line: 2,
        column: '户编号',
        value: '  ',
        reason: '户编号 is blank: the row cannot be identified',
      },
    ]);
  });

  it('reads member booleans in each spelling and ID numbers as text', async () => {
    const text = [
      '户编号,证件号码,是否享受低保,是否特困供养,是否参加大病保险,是否公益岗位,证件类型',
      'H1,11010519491231002x,是,N,true,0,',
      'H1,610102199001011234,Y,否,1,FALSE,其他',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv': text,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.members).toMatchObject([
      {
        idNumber: '11010519491231002X',
        idType: '居民身份证',
        minimumLiving: true,
        extremePoverty: false,
        seriousIllnessInsurance: true,
        publicWelfareJob: false,
      },
      {
        idNumber: '610102199001011234',
        idType: '其他',
        minimumLiving: true,
        extremePoverty: false,
        seriousIllnessInsurance: true,
        publicWelfareJob: false,
      },
    ]);
  });

  it('rejects an ID number Excel turned into scientific notation', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv': '户编号,证件号码\nH1,1.10105E+17\n',
    });

    const result = await readFolder(dir);

    expect(result.rejected).toEqual([
      {
        table: 'members',
        file: 'members.csv',
        line: 2,
        column: '证件号码',
        value: '1.10105E+17',
        code: 'digits-lost',
        reason:
          'the ID number is in scientific notation, so its last digits are lost (Excel keeps 15); export the column as text',
      },
    ]);
  });
});
