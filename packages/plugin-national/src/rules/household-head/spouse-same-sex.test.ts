import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/household-head/spouse-same-sex';

function runSpouse(overrides: Partial<Member>) {
  const members = family().map((member, i) =>
    i === 1 ? { ...member, ...overrides } : member,
  );

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a male head with a spouse recorded as 男', async () => {
    const { findings } = await runSpouse({ sex: '男' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'low',
      message: '户主与配偶的性别登记相同',
    });
  });

  it('does not fire for a head and spouse of different sexes', async () => {
    const { findings, stats } = await runSpouse({});

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not judge a household without a spouse', async () => {
    const { findings, stats } = await runSpouse({
      relation: '之兄弟姐妹',
      sex: '男',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when the spouse’s sex is blank', async () => {
    const { findings, stats } = await runSpouse({ sex: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.sex': 1 });
  });

  it('is unknown when a blank relation may hide the spouse', async () => {
    const { findings, stats } = await runSpouse({
      relation: undefined,
      sex: '男',
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.relation': 1 });
  });
});
