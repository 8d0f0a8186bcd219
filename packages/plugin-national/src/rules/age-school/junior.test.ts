import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/age-school/junior';

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a pupil of 11 in junior middle school', async () => {
    const pupil = child({ birthDate: '2009-09-30' });
    const { findings } = await runChild({
      birthDate: '2009-09-30',
      schoolStatus: '初中',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: pupil.idNumber,
      category: 'data-error',
      indicator: 'education',
      severity: 'medium',
      message: '11 周岁，在校生状况登记为初中，不在该学段的通常年龄内',
    });
  });

  it('does not fire at 12, the first usual age', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2008-09-30',
      schoolStatus: '初中',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('fires at 18, one year past the usual junior ages', async () => {
    const { findings } = await runChild({
      birthDate: '2002-09-30',
      schoolStatus: '初中',
    });

    expect(findings).toHaveLength(1);
  });

  it('does not fire at 17, the last usual age', async () => {
    const { findings } = await runChild({
      birthDate: '2003-09-30',
      schoolStatus: '初中',
    });

    expect(findings).toHaveLength(0);
  });

  it('does not judge a member who is not a student', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2009-09-30',
      schoolStatus: null,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('is unknown when neither birth date nor ID number is given', async () => {
    const { findings, stats } = await runChild({
      schoolStatus: '初中',
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
