import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  type CheckResult,
  createChecker,
  type Finding,
  LIST_KEYS,
  type Plugin,
  type RuleStats,
  SUBJECT_KINDS,
  type SubjectKind,
} from '@duibiao/core';
import {
  buildSummary,
  readFolder,
  type ReadResult,
  writeSummary,
} from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

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

describe('buildSummary: rules not compared', () => {
  it('takes a rule whose every unknown outcome lacked a file out of unknown', () => {
    const read: ReadResult = {
      dataset: { households: [], members: [], villages: [] },
      tables: [],
      rejected: [],
      skipped: [],
    };
    const rule = (
      ruleId: string,
      unknown: number,
      missing: Record<string, number>,
    ): RuleStats => ({
      ruleId,
      subject: 'member',
      fired: 0,
      passed: 0,
      unknown,
      errors: 0,
      notApplicable: 0,
      missing,
      unknownExamples: [],
      errorSamples: [],
    });
    const check: CheckResult = {
      findings: [],
      stats: {
        asOf: '2020-09-30',
        plugins: [],
        subjects: noSubjects(),
        membersWithoutHousehold: 0,
        skipped: [],
        lists: [],
        rules: [
          // All 5 lacked the education file (2 also a blank ID number).
          rule('a', 5, {
            'education (no file)': 5,
            'members.idNumber': 2,
          }),
          // 2 of 5 had the file's table absent and 3 a blank field only.
          rule('b', 5, { 'education (no file)': 2, 'members.birthDate': 3 }),
          // Two files missing for all 4.
          rule('c', 4, { 'pension (no file)': 4, 'civilAffairs (no file)': 4 }),
        ],
      },
    };

    const summary = buildSummary({ folder: 'f', read, check, durationMs: 0 });

    expect(summary.rulesNotCompared).toEqual({
      a: { count: 5, tables: ['education'] },
      c: { count: 4, tables: ['civilAffairs', 'pension'] },
    });
    expect(Object.keys(summary.unknown)).toEqual(['b']);
  });
});

describe('buildSummary: ID numbers', () => {
  const read: ReadResult = {
    dataset: { households: [], members: [], villages: [] },
    tables: [],
    rejected: [],
    skipped: [],
  };
  const stats: RuleStats = {
    ruleId: 'm',
    subject: 'member',
    fired: 0,
    passed: 0,
    unknown: 6,
    errors: 1,
    notApplicable: 0,
    missing: {},
    unknownExamples: [
      'M:H1:610124197202020029',
      'M:H:2:11010519491231002X',
      'M:H2:#2',
      'H:H1',
      'L:610124197202020029:2019-03-01',
      'S:H1:610124197202020029:是否享受低保:2020-09-10',
    ],
    errorSamples: [
      {
        subject: 'M:H1:610124197202020029',
        message: 'cannot read 610124197202020029',
      },
    ],
  };
  const check: CheckResult = {
    findings: [],
    stats: {
      asOf: '2021-01-01',
      plugins: [],
      subjects: noSubjects(),
      membersWithoutHousehold: 0,
      rules: [stats],
      skipped: [],
      lists: [],
    },
  };

  it('masks the ID number in subject keys and error messages', () => {
    const summary = buildSummary({ folder: 'f', read, check, durationMs: 0 });

    // The last colon starts the ID number, so a 户编号 with a colon in it
    // is kept whole; a member keyed by position has no ID number to mask.
    expect(summary.unknown['m']?.examples).toEqual([
      'M:H1:6101**********0029',
      'M:H:2:1101**********002X',
      'M:H2:#2',
      'H:H1',
      // A loan's and a spot check's keys hold the person's ID number too.
      'L:6101**********0029:2019-03-01',
      'S:H1:6101**********0029:是否享受低保:2020-09-10',
    ]);
    expect(summary.errors['m']?.samples).toEqual([
      {
        subject: 'M:H1:6101**********0029',
        message: 'cannot read 6101**********0029',
      },
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/\d{17}[\dX]/);
  });

  it('keeps ID numbers in full with unmask', () => {
    const input = { folder: 'f', read, check, durationMs: 0, unmask: true };

    const summary = buildSummary(input);

    expect(summary.unknown['m']?.examples).toEqual(stats.unknownExamples);
    expect(summary.errors['m']?.samples).toEqual(stats.errorSamples);
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
    expect(Object.keys(summary).slice(5, 9)).toEqual([
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

/** Subject counts with every kind at 0. */
function noSubjects(): Record<SubjectKind, number> {
  return Object.fromEntries(SUBJECT_KINDS.map((kind) => [kind, 0])) as Record<
    SubjectKind,
    number
  >;
}
