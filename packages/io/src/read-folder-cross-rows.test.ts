import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const HOUSEHOLDS = [
  '户编号,户类型',
  'H1,贫困户',
  'H2,坏',
  'H1,一般农户',
  'H2,贫困户',
  'H3,坏',
  'H3,贫困户',
  'H4,坏',
].join('\n');

const MEMBERS = [
  '户编号,证件号码',
  'H1,11010519491231002X',
  'H1,11010519491231002X',
  'H2,610102199001011234',
  'H9,610102199001011235',
  'H3,610102199001011236',
  'H4,610102199001011237',
].join('\n');

describe('readFolder: rules across rows', () => {
  it('rejects later rows with a household number already used, the first row keeping it', async () => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(
      result.dataset.households.map((h) => [h.householdId, h.householdType]),
    ).toEqual([['H1', '贫困户']]);
    expect(
      result.rejected.map(({ line, column, value, reason }) => ({
        line,
        column,
        value,
        reason,
      })),
    ).toEqual([
      {
        line: 3,
        column: '户类型',
        value: '坏',
        reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
      },
      {
        line: 4,
        column: '户编号',
        value: 'H1',
        reason: 'duplicate 户编号 H1, first on line 2',
      },
      {
        line: 5,
        column: '户编号',
        value: 'H2',
        reason:
          'duplicate 户编号 H2, first on line 3 (that row is rejected too)',
      },
      {
        line: 6,
        column: '户类型',
        value: '坏',
        reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
      },
      {
        line: 7,
        column: '户编号',
        value: 'H3',
        reason:
          'duplicate 户编号 H3, first on line 6 (that row is rejected too)',
      },
      {
        line: 8,
        column: '户类型',
        value: '坏',
        reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
      },
    ]);
  });

  it('rejects members of no household, naming the household rows that were rejected', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[1]).toMatchObject({
      table: 'members',
      read: 6,
      checked: 2,
      rejected: 4,
    });
    // Two members with one ID number are a finding (id-duplicate), not a rejection.
    expect(result.dataset.members.map((m) => m.idNumber)).toEqual([
      '11010519491231002X',
      '11010519491231002X',
    ]);
    expect(result.rejected.filter((r) => r.table === 'members')).toEqual([
      {
        table: 'members',
        file: 'members.csv',
        line: 4,
        column: '户编号',
        value: 'H2',
        code: 'no-household',
        reason:
          '户编号 H2 matches no household: its rows on lines 3 and 5 of households.csv were rejected',
      },
      {
        table: 'members',
        file: 'members.csv',
        line: 5,
        column: '户编号',
        value: 'H9',
        code: 'no-household',
        reason: '户编号 H9 matches no household',
      },
      {
        table: 'members',
        file: 'members.csv',
        line: 6,
        column: '户编号',
        value: 'H3',
        code: 'no-household',
        reason:
          '户编号 H3 matches no household: its rows on lines 6 and 7 of households.csv were rejected',
      },
      {
        table: 'members',
        file: 'members.csv',
        line: 7,
        column: '户编号',
        value: 'H4',
        code: 'no-household',
        reason:
          '户编号 H4 matches no household: its row on line 8 of households.csv was rejected',
      },
    ]);
  });

  it('rejects a member row without a household number', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv': '户编号,证件号码\n,11010519491231002X\n',
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.rejected).toMatchObject([
      { table: 'members', line: 2, column: '户编号', value: '' },
    ]);
  });

  it('rejects a second village with the same region code', async () => {
    const villages = [
      '行政区划代码,村名',
      '610102001001,东村',
      '610102001002,西村',
      '610102001001,东村二',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'villages.csv': villages,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.villages.map((v) => v.name)).toEqual([
      '东村',
      '西村',
    ]);
    expect(result.rejected).toEqual([
      {
        table: 'villages',
        file: 'villages.csv',
        line: 4,
        column: '行政区划代码',
        value: '610102001001',
        code: 'duplicate-key',
        reason: 'duplicate 行政区划代码 610102001001, first on line 2',
      },
    ]);
  });

  it('compares household numbers as core reads them, spaces trimmed', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\n H1 \nH1\n',
      'members.csv': '户编号,证件号码\nH1 ,11010519491231002X\n',
    });

    const result = await readFolder(dir);

    expect(result.rejected).toMatchObject([
      {
        table: 'households',
        line: 3,
        code: 'duplicate-key',
        reason: 'duplicate 户编号 H1, first on line 2',
      },
    ]);
    expect(result.dataset.members).toHaveLength(1);
  });
});
