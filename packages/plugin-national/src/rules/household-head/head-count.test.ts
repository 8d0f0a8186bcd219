import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/household-head/head-count';

/** The clean family with the given relations, member by member. */
function runRelations(...relation: Member['relation'][]) {
  const members = family().map((member, i) => ({
    ...member,
    relation: relation[i],
  }));

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for two heads', async () => {
    const { findings } = await runRelations('户主', '户主', '之女', '之子');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'low',
      message: '户内登记户主 2 人，应为 1 人',
    });
  });

  it('fires for no head', async () => {
    const { findings } = await runRelations('其他', '配偶', '之女', '之子');

    expect(findings.map((f) => f.message)).toEqual([
      '户内登记户主 0 人，应为 1 人',
    ]);
  });

  it('does not fire for exactly one head', async () => {
    const { findings, stats } = await runRelations(
      '户主',
      '配偶',
      '之女',
      '之子',
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when one head is known and a relation is blank', async () => {
    const { findings, stats } = await runRelations(
      '户主',
      undefined,
      '之女',
      '之子',
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.relation': 1 });
  });

  it('fires for two known heads whatever a blank relation is', async () => {
    const { findings } = await runRelations('户主', '户主', undefined, '之子');

    expect(findings).toHaveLength(1);
  });
});
