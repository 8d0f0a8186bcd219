import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/cause-contradicts-facts/disability';

const disabledCause = household({ povertyCauses: ['因残', '缺资金'] });

function runSpouse(overrides: Partial<Member>, record = disabledCause) {
  const members = family().map((member, i) =>
    i === 1 ? { ...member, ...overrides } : member,
  );

  return runRule(national, RULE, dataset({ household: record, members }));
}

describe(RULE, () => {
  it('fires for 因残 in a household without a disabled member', async () => {
    const { findings } = await runSpouse({});

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'low',
      message:
        '致贫原因「因残、缺资金」中有因残，但户内无残疾成员（健康状况均无残疾，且无残疾人证）',
    });
  });

  it('does not fire when a member is recorded as 残疾', async () => {
    const { findings, stats } = await runSpouse({ health: ['残疾'] });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire when a member holds a disability card', async () => {
    const card = `${family()[1]?.idNumber}12`;
    const { findings } = await runSpouse({ disabilityCard: card });

    expect(findings).toHaveLength(0);
  });

  it('does not fire without 因残', async () => {
    const record = household({ povertyCauses: ['缺资金'] });
    const { findings } = await runSpouse({}, record);

    expect(findings).toHaveLength(0);
  });

  it('is unknown when a health cell is blank', async () => {
    const { findings, stats } = await runSpouse({ health: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.health': 1 });
  });
});
