import { createChecker, LIST_KEYS, type Plugin } from '@duibiao/core';
import { buildSummary, readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const HOUSEHOLDS = '户编号,行政区划代码\nH1,610102001001\nH2,610102001001\n';
const MEMBERS = [
  '户编号,证件号码,姓名',
  'H1,11010519491231002X,张三',
  'H2,610102200901011234,李四',
].join('\n');

const PLUGIN: Plugin = { name: 'test', id: 'test', version: '1.0.0' };

describe('readFolder: line-department lists and follow-up tables', () => {
  it('reads each list by its key or Chinese name, in any case, into dataset.lists', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
      'Education.csv':
        '证件号码,姓名,学校,学段,年级,学籍状态,数据截至日期\n610102200901011234,李四,城关小学,小学,五年级,在读,2020-09-15\n',
      '民政救助.csv':
        '证件号码,救助类型,开始日期,结束日期,金额,数据截至日期\n11010519491231002X,低保,2019-03-01,,300,2020-09-20\n',
      'spotchecks.json': JSON.stringify([
        {
          householdId: 'H1',
          checkedOn: '2020-09-10',
          item: '是否享受低保',
          answer: '是',
        },
      ]),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.lists?.education).toEqual([
      {
        idNumber: '610102200901011234',
        name: '李四',
        school: '城关小学',
        stage: '小学',
        grade: '五年级',
        status: '在读',
        asOf: '2020-09-15',
      },
    ]);
    // 结束日期 is blank while the help goes on: a known "none".
    expect(result.dataset.lists?.civilAffairs).toEqual([
      {
        idNumber: '11010519491231002X',
        assistanceType: '低保',
        start: '2019-03-01',
        end: null,
        amount: 300,
        asOf: '2020-09-20',
      },
    ]);
    expect(result.dataset.lists?.spotChecks).toEqual([
      {
        householdId: 'H1',
        checkedOn: '2020-09-10',
        item: '是否享受低保',
        answer: '是',
      },
    ]);
    expect(Object.keys(result.dataset.lists ?? {}).sort()).toEqual([
      'civilAffairs',
      'education',
      'spotChecks',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('rejects a department row without an ID number, and reads 参保状态 as departments write it', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
      'medicalInsurance.csv': [
        '证件号码,险种,参保状态,参保年度',
        '11010519491231002X,城乡居民基本医疗保险,正常参保,2020',
        ',城乡居民基本医疗保险,参保,2020',
        '610102200901011234,城乡居民基本医疗保险,断保,2020',
      ].join('\n'),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.lists?.medicalInsurance).toEqual([
      {
        idNumber: '11010519491231002X',
        scheme: '城乡居民基本医疗保险',
        status: '参保',
        year: 2020,
      },
    ]);
    expect(
      result.rejected.map(({ line, column, value }) => ({
        line,
        column,
        value,
      })),
    ).toEqual([
      { line: 3, column: '证件号码', value: '' },
      { line: 4, column: '参保状态', value: '断保' },
    ]);
    expect(result.rejected[0]?.reason).toBe(
      '证件号码 is blank: the row cannot be identified',
    );
  });

  it('rejects a second complaint with the same 编号, as for households', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'complaints.csv': [
        '编号,户编号,受理日期,问题类别,办结日期,办结时限（天）',
        'X1,H1,2020-08-01,住房,2020-08-20,30',
        'X1,H2,2020-08-02,医疗,,30',
      ].join('\n'),
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.lists?.complaints).toHaveLength(1);
    expect(result.rejected).toMatchObject([
      { table: 'complaints', line: 3, column: '编号', value: 'X1' },
    ]);
  });

  it('counts rows that name no one in the registry, with their lines, and keeps them', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
      // Lines 3 and 5 name people the registry does not have.
      'pension.csv': [
        '证件号码,参保状态',
        '11010519491231002X,参保',
        '610102195001010011,参保',
        '610102200901011234,停保',
        '610102195001010022,参保',
      ].join('\n'),
      // Line 3 names a household the registry does not have.
      'monitoring.csv': [
        '户编号,统计开始,统计结束,家庭纯收入',
        'H1,2020-01-01,2020-06-30,9000',
        'H9,2020-01-01,2020-06-30,8000',
      ].join('\n'),
      'projects.csv': '项目编号,行政区划代码\nP1,610102\n',
    });

    const result = await readFolder(dir);
    const report = (table: string) =>
      result.tables.find((t) => t.table === table);

    expect(result.dataset.lists?.pension).toHaveLength(4);
    expect(report('pension')?.unmatched).toEqual({ count: 2, lines: [3, 5] });
    expect(report('monitoring')?.unmatched).toEqual({ count: 1, lines: [3] });
    // Projects are tied to a region, not to people.
    expect(report('projects')?.unmatched).toBeUndefined();
    expect(report('households')?.unmatched).toBeUndefined();
  });
});

describe('buildSummary: lists', () => {
  it('names every table without a file as not compared, and says how current each list is', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
      // The latest 数据截至日期 used is 2020-08-20: 41 days before the
      // reference date, more than the 30 allowed. The row of 2020-10-08
      // is after the reference date and left out.
      'disability.csv': [
        '证件号码,残疾等级,数据截至日期',
        '11010519491231002X,2,2020-08-20',
        '610102200901011234,一级,2020-10-08',
        '610102195001010011,三级,2020-07-01',
      ].join('\n'),
      // 2020-09-01 is 29 days before: current.
      'forestry.csv':
        '证件号码,聘用开始,数据截至日期\n11010519491231002X,2019-01-01,2020-09-01\n',
      // No 数据截至日期 at all: undated, not stale.
      'education.csv': '证件号码,学籍状态\n610102200901011234,在读\n',
      // A follow-up row that began after the reference date is left out.
      'censusIssues.csv': [
        '编号,户编号,问题类型,发现日期,状态',
        'I1,H1,收入,2020-06-01,待核实',
        'I2,H2,住房,2020-10-02,待核实',
      ].join('\n'),
    });
    const read = await readFolder(dir);
    const check = await createChecker({
      plugins: [PLUGIN],
      asOf: '2020-09-30',
    }).check(read.dataset);

    const summary = buildSummary({ folder: dir, read, check, durationMs: 0 });

    const given = ['disability', 'forestry', 'education', 'censusIssues'];
    expect(summary.notCompared).toEqual([
      { table: 'villages', reason: 'no file' },
      ...LIST_KEYS.filter((key) => !given.includes(key)).map((table) => ({
        table,
        reason: 'no file',
      })),
    ]);
    expect(summary.lists).toEqual([
      {
        table: 'education',
        later: 0,
        dataAsOf: null,
        stale: false,
        unmatched: { count: 0, lines: [] },
      },
      {
        table: 'disability',
        later: 1,
        dataAsOf: '2020-08-20',
        stale: true,
        unmatched: { count: 1, lines: [4] },
      },
      {
        table: 'forestry',
        later: 0,
        dataAsOf: '2020-09-01',
        stale: false,
        unmatched: { count: 0, lines: [] },
      },
      {
        table: 'censusIssues',
        later: 1,
        dataAsOf: null,
        stale: false,
        unmatched: { count: 0, lines: [] },
      },
    ]);
    expect(check.stats.subjects.censusIssue).toBe(1);
  });
});
