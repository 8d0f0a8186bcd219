import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/age-school/senior';

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a pupil of 14 in senior high school', async () => {
    const pupil = child({ birthDate: '2006-09-30' });
    const { findings } = await runChild({
      birthDate: '2006-09-30',
      schoolStatus: '普通高中',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: pupil.idNumber,
      category: 'data-error',
      indicator: 'education',
      severity: 'medium',
      message: '14 周岁，在校生状况登记为普通高中，不在该学段的通常年龄内',
    });
  });

  it('does not fire at 15, the first usual age', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2005-09-30',
      schoolStatus: '普通高中',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('fires for a vocational pupil of 21', async () => {
    const { findings } = await runChild({
      birthDate: '1999-09-30',
      schoolStatus: '中职',
    });

    expect(findings).toHaveLength(1);
  });

  it('does not fire at 20, the last usual age', async () => {
    const { findings } = await runChild({
      birthDate: '2000-09-30',
      schoolStatus: '中职',
    });

    expect(findings).toHaveLength(0);
  });

  it('does not judge a member who is not a student', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2006-09-30',
      schoolStatus: null,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('is unknown when neither birth date nor ID number is given', async () => {
    const { findings, stats } = await runChild({
      schoolStatus: '普通高中',
      birthDate: undefined,
      idNumber: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
  });
});
