import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/age-school/preschool';

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a preschool child of 7', async () => {
    const pupil = child({ birthDate: '2013-09-30' });
    const { findings } = await runChild({
      birthDate: '2013-09-30',
      schoolStatus: '学龄前儿童',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: pupil.idNumber,
      category: 'data-error',
      indicator: 'education',
      severity: 'high',
      message: '7 周岁，已过学龄前年龄，在校生状况仍登记为学龄前儿童',
    });
  });

  it('does not fire at 6, the last preschool age', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2014-09-30',
      schoolStatus: '学龄前儿童',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('fires for a child of 7 in preschool education', async () => {
    const { findings } = await runChild({
      birthDate: '2013-09-30',
      schoolStatus: '学前教育',
    });

    expect(findings).toHaveLength(1);
  });

  it('does not judge a member who is not a student', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2013-09-30',
      schoolStatus: null,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('is unknown when neither birth date nor ID number is given', async () => {
    const { findings, stats } = await runChild({
      schoolStatus: '学龄前儿童',
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
