import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  type CheckResult,
  createChecker,
  type Finding,
  LIST_KEYS,
  type Plugin,
  type RuleStats,
} from '@duibiao/core';
import {
  buildSummary,
  readFolder,
  type ReadResult,
  writeSummary,
} from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';
import { noSubjects } from './__fixtures__/subjects.js';

afterAll(removeFolders);

const TEST_PLUGIN: Plugin = {
  name: '@duibiao/plugin-test',
  id: 'test',
  version: '1.2.3',
  regionNames: { '610102': '新城区' },
  rules: [
    {
      id: 'test/broadband',
      subject: 'village',
      category: 'policy-gap',
      indicator: 'infrastructure',
      severity: 'medium',
      title: '贫困村未通宽带',
      basis: '测试依据',
      department: '通信管理部门',
      action: '落实帮扶',
      conditions: {
        all: [
          { fact: 'povertyVillage', operator: 'equal', value: true },
          { fact: 'broadband', operator: 'equal', value: false },
        ],
      },
      message: {
        zh: '{name}为贫困村，未通宽带',
        en: 'Poverty village {name} has no broadband',
      },
    },
  ],
};

const VILLAGES = [
  '行政区划代码,村名,是否贫困村,是否通宽带',
  '610102001001,东村,是,否',
  '610102001002,西村,,否',
  '610102001003,南村,否,否',
  '610102001001,重复,是,是',
].join('\n');

describe('buildSummary', () => {
  it('summarises a real read and check', async () => {
    const folder = await makeFolder({
      'households.csv': '户编号,行政区划代码\nH1,610102001001\n',
      'villages.csv': VILLAGES,
      'readme.txt': 'x',
    });
    const read = await readFolder(folder);
    const check = await createChecker({
      plugins: [TEST_PLUGIN],
      asOf: '2020-09-30',
    }).check(read.dataset);

    const summary = buildSummary({
      folder: 'exports',
      read,
      check,
      durationMs: 42,
    });

    expect(Object.keys(summary)).toEqual([
      'asOf',
      'plugins',
      'folder',
      'durationMs',
      'rows',
      'rejectedByReason',
      'notCompared',
      'lists',
      'files',
      'notRead',
      'subjects',
      'unknown',
      'rulesNotCompared',
      'errors',
      'skippedRules',
      'findings',
    ]);
    expect(summary).toMatchObject({
      asOf: '2020-09-30',
      plugins: [{ name: '@duibiao/plugin-test', version: '1.2.3' }],
      folder: 'exports',
      durationMs: 42,
      rows: {
        households: { read: 1, checked: 1, rejected: 0 },
        villages: { read: 4, checked: 3, rejected: 1 },
      },
      // The fourth village repeats the first one's code.
      rejectedByReason: { villages: { 'duplicate-key': 1 } },
      // Every table without a file: members, and each department's list
      // and follow-up table.
      notCompared: ['members', ...LIST_KEYS].map((table) => ({
        table,
        reason: 'no file',
      })),
      lists: [],
      notRead: [
        {
          file: 'readme.txt',
          reason: 'a .txt file: only .csv, .xlsx and .json files are read',
        },
      ],
      // H1's region 610102001001 lies in county 610102.
      subjects: { ...noSubjects(), household: 1, village: 3, county: 1 },
      unknown: {
        'test/broadband': {
          count: 1,
          missing: { 'villages.povertyVillage': 1 },
          examples: ['V:610102001002'],
        },
      },
      errors: {},
      skippedRules: [],
      findings: {
        total: 1,
        byCategory: {
          'policy-gap': 1,
          'measure-gap': 0,
          risk: 0,
          'data-error': 0,
        },
        bySeverity: { high: 0, medium: 1, low: 0 },
        byIndicator: { infrastructure: 1 },
        byCounty: { 新城区: 1 },
        byRule: { 'test/broadband': 1 },
      },
    });
    expect(summary.files).toEqual(read.tables);
    expect(Object.keys(summary.rows)).toEqual(['households', 'villages']);
  });

  it('lists only rules with unknown outcomes or errors, with their examples and samples', () => {
    const read: ReadResult = {
      dataset: { households: [], members: [], villages: [] },
      tables: [],
      rejected: [],
      skipped: [],
    };
    const rule = {
      subject: 'household' as const,
      fired: 0,
      passed: 0,
      notApplicable: 0,
      missing: {},
      unknownExamples: [],
      errorSamples: [],
    };
    // A RuleStats from a core that does not name examples.
    const { unknownExamples: _, ...older } = {
      ...rule,
      ruleId: 'e',
      unknown: 1,
    };
    const check: CheckResult = {
      findings: [] as Finding[],
      stats: {
        asOf: '2021-01-01',
        plugins: [],
        subjects: noSubjects(),
        lists: [],
        membersWithoutHousehold: 0,
        rules: [
          {
            ...rule,
            ruleId: 'a',
            unknown: 2,
            errors: 0,
            missing: { 'households.perCapitaNetIncome': 2 },
            unknownExamples: ['H:H1', 'H:H2'],
          },
          {
            ...rule,
            ruleId: 'b',
            unknown: 0,
            errors: 1,
            errorSamples: [{ subject: 'H:H1', message: 'boom' }],
          },
          { ...rule, ruleId: 'c', unknown: 0, errors: 0, passed: 5 },
          { ...older, errors: 0 } as unknown as RuleStats,
        ],
        skipped: [{ ruleId: 'd', reason: 'not in force on 2021-01-01' }],
      },
    };

    const summary = buildSummary({ folder: 'f', read, check, durationMs: 0 });

    expect(summary.rows).toEqual({});
    expect(summary.notCompared).toEqual(
      ['households', 'members', 'villages', ...LIST_KEYS].map((table) => ({
        table,
        reason: 'no file',
      })),
    );
    expect(summary.notRead).toEqual([]);
    expect(summary.unknown).toEqual({
      a: {
        count: 2,
        missing: { 'households.perCapitaNetIncome': 2 },
        examples: ['H:H1', 'H:H2'],
      },
      e: { count: 1, missing: {} },
    });
    expect(summary.errors).toEqual({
      b: { count: 1, samples: [{ subject: 'H:H1', message: 'boom' }] },
    });
    expect(summary.skippedRules).toEqual([
      { ruleId: 'd', reason: 'not in force on 2021-01-01' },
    ]);
    expect(summary.findings.total).toBe(0);
  });
});

describe('buildSummary: unplaced member rows', () => {
  it('shows how many member rows could not be placed, after notCompared', async () => {
    const folder = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv':
        '户编号,证件号码\nH1,11010519491231002X\n,610102199001011234\n',
    });
    const read = await readFolder(folder);
    const check = await createChecker({
      plugins: [TEST_PLUGIN],
      asOf: '2020-09-30',
    }).check(read.dataset);

    const summary = buildSummary({ folder, read, check, durationMs: 0 });

    expect(summary.unplacedMembers).toBe(1);
    expect(summary.rejectedByReason).toEqual({
      members: { 'blank-required': 1 },
    });
    expect(Object.keys(summary).slice(6, 10)).toEqual([
      'notCompared',
      'unplacedMembers',
      'lists',
      'files',
    ]);
  });
});

describe('writeSummary', () => {
  it('writes pretty JSON that reads back equal', async () => {
    const folder = await makeFolder({ 'households.csv': '户编号\nH1\n' });
    const read = await readFolder(folder);
    const check = await createChecker({
      plugins: [TEST_PLUGIN],
      asOf: '2020-09-30',
    }).check(read.dataset);
    const summary = buildSummary({ folder, read, check, durationMs: 7 });
    const path = join(folder, 'out', 'summary.json');

    await writeSummary(path, summary);

    const text = await readFile(path, 'utf8');
    expect(text.startsWith('{\n  "asOf": "2020-09-30",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(summary);
  });
});
