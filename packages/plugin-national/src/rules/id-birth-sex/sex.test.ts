import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-birth-sex/sex';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for an odd sequence digit recorded as 女', async () => {
    const { findings } = await runHead({
      idNumber: '610124197503121114',
      sex: '女',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: '610124197503121114',
      severity: 'low',
      message: '证件号码第 17 位对应性别为男，性别登记为女',
    });
  });

  it('fires for an even sequence digit recorded as 男', async () => {
    const { findings } = await runHead({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '男',
    });

    expect(findings.map((f) => f.message)).toEqual([
      '证件号码第 17 位对应性别为女，性别登记为男',
    ]);
  });

  it('accepts an even sequence digit recorded as 女', async () => {
    const { findings, stats } = await runHead({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '女',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown when the sex is blank', async () => {
    const { findings, stats } = await runHead({
      idNumber: '610124197503121114',
      sex: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.sex': 1 });
  });
});
