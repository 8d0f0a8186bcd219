import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/assistance-not-recorded/disability-subsidy';

/** A disability card: the head's ID number, category 4 (physical), grade. */
function card(grade: number): string {
  return `${member().idNumber}4${grade}`;
}

function runHead(overrides: Partial<Member>) {
  const head = member({ health: ['残疾'], labour: '丧失劳动力', ...overrides });

  const members = [head, ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a grade-1 card without the two subsidies', async () => {
    const { findings } = await runHead({ disabilityCard: card(1) });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: member().idNumber,
      indicator: 'social-assistance',
      severity: 'medium',
      department: '残疾人联合会',
      message: '持残疾人证，残疾等级为 1 级，未享受残疾人两项补贴',
    });
  });

  it('fires for grade 2 and not for grade 3', async () => {
    const two = await runHead({ disabilityCard: card(2) });
    const three = await runHead({ disabilityCard: card(3) });

    expect(two.findings.map((f) => f.message)).toEqual([
      '持残疾人证，残疾等级为 2 级，未享受残疾人两项补贴',
    ]);
    expect(three.findings).toHaveLength(0);
    expect(three.stats.passed).toBe(4);
  });

  it('does not fire when the subsidy is received', async () => {
    const { findings } = await runHead({
      disabilityCard: card(1),
      disabilitySubsidy: true,
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the subsidy flag is blank', async () => {
    const { findings, stats } = await runHead({
      disabilityCard: card(1),
      disabilitySubsidy: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.disabilitySubsidy': 1 });
  });

  it('is unknown when the card column is missing', async () => {
    const { findings, stats } = await runHead({ disabilityCard: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.disabilityCard': 1 });
  });
});
