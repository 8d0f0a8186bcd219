import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/age-labour/disabled-labourer';
const HEAD = '610124197503121114';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a grade 1 physical disability card and ordinary labour', async () => {
    const { findings } = await runHead({
      health: ['残疾'],
      disabilityCard: `${HEAD}41`,
    });

    expect(member().idNumber).toBe(HEAD);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: HEAD,
      severity: 'low',
      message: '持肢体残疾 1 级残疾人证，劳动技能登记为普通劳动力',
    });
  });

  it('fires at grade 2 and not at grade 3', async () => {
    const two = await runHead({ disabilityCard: `${HEAD}42` });
    const three = await runHead({ disabilityCard: `${HEAD}43` });

    expect(two.findings).toHaveLength(1);
    expect(three.findings).toHaveLength(0);
    expect(three.stats.passed).toBe(4);
  });

  it('does not fire for another category or for skilled labour', async () => {
    const visual = await runHead({ disabilityCard: `${HEAD}11` });
    const skilled = await runHead({
      disabilityCard: `${HEAD}41`,
      labour: '技能劳动力',
    });

    expect(visual.findings).toHaveLength(0);
    expect(skilled.findings).toHaveLength(0);
  });

  it('is unknown when the disability card cell is absent', async () => {
    const { findings, stats } = await runHead({ disabilityCard: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.disabilityCard': 1 });
  });
});
