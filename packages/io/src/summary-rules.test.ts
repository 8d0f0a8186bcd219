import { type CheckResult, type RuleStats } from '@duibiao/core';
import { buildSummary, type ReadResult } from '@duibiao/io';
import { describe, expect, it } from 'vitest';

import { noSubjects } from './__fixtures__/subjects.js';

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
    unknown: 7,
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
      'S:H2::身份证610124197202020178 电话029-88886666 手机+8613812345678:2020-08-17',
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

  it('masks ID and mobile numbers in subject keys and error messages', () => {
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
      // A spot check's item is typed text: the ID and mobile numbers typed
      // into it are masked too, the landline kept.
      'S:H2::身份证6101**********0178 电话029-88886666 手机+86138****5678:2020-08-17',
    ]);
    expect(summary.errors['m']?.samples).toEqual([
      {
        subject: 'M:H1:6101**********0029',
        message: 'cannot read 6101**********0029',
      },
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/\d{17}[\dX]|\d{11}/);
  });

  it('keeps ID numbers in full with unmask', () => {
    const input = { folder: 'f', read, check, durationMs: 0, unmask: true };

    const summary = buildSummary(input);

    expect(summary.unknown['m']?.examples).toEqual(stats.unknownExamples);
    expect(summary.errors['m']?.samples).toEqual(stats.errorSamples);
  });
});
