import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/household-head/relation-sex';

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a 之女 recorded as 男', async () => {
    const son = child({ sex: '男' });
    const { findings } = await runChild({ sex: '男', relation: '之女' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: son.idNumber,
      severity: 'low',
      message: '与户主关系为之女（应为女性），性别登记为男',
    });
  });

  it('fires for a 之子 recorded as 女', async () => {
    const { findings } = await runChild({ sex: '女', relation: '之子' });

    expect(findings.map((f) => f.message)).toEqual([
      '与户主关系为之子（应为男性），性别登记为女',
    ]);
  });

  it('does not fire when relation and sex agree', async () => {
    const { findings, stats } = await runChild({ sex: '女', relation: '之女' });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('does not judge a relation that implies no sex', async () => {
    const { findings, stats } = await runChild({
      sex: '男',
      relation: '之兄弟姐妹',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('is unknown when the relation is blank', async () => {
    const { findings, stats } = await runChild({
      sex: '男',
      relation: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.relation': 1 });
  });
});
