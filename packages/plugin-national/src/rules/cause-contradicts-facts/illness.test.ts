import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/cause-contradicts-facts/illness';

const illnessCause = household({ povertyCauses: ['因病', '缺资金'] });

function runSpouse(overrides: Partial<Member>) {
  const members = family().map((member, i) =>
    i === 1 ? { ...member, ...overrides } : member,
  );

  return runRule(national, RULE, dataset({ household: illnessCause, members }));
}

describe(RULE, () => {
  it('fires for 因病 in a household where everybody is healthy', async () => {
    const { findings } = await runSpouse({});

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'low',
      message:
        '致贫原因「因病、缺资金」中有因病，但户内无长期慢性病或患有大病的成员',
    });
  });

  it('does not fire with a long-term chronic illness', async () => {
    const { findings, stats } = await runSpouse({ health: ['长期慢性病'] });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not count a disability as an illness', async () => {
    const { findings } = await runSpouse({ health: ['残疾'] });

    expect(findings).toHaveLength(1);
  });

  it('is unknown when a health cell is blank', async () => {
    const { findings, stats } = await runSpouse({ health: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.health': 1 });
  });
});
