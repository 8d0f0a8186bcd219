import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/age-labour/elderly-skilled';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a skilled labourer on the 60th birthday', async () => {
    const head = member({ birthDate: '1960-09-30' });
    const { findings } = await runHead({
      birthDate: '1960-09-30',
      labour: '技能劳动力',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: head.idNumber,
      severity: 'low',
      message: '60 周岁，已满 60 周岁，劳动技能登记为技能劳动力',
    });
  });

  it('does not fire at 59', async () => {
    const { findings, stats } = await runHead({
      birthDate: '1960-10-01',
      labour: '技能劳动力',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not fire for an ordinary labourer of 70', async () => {
    const { findings } = await runHead({
      birthDate: '1950-01-01',
      labour: '普通劳动力',
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the labour cell is blank', async () => {
    const { findings, stats } = await runHead({
      birthDate: '1950-01-01',
      labour: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });
});
