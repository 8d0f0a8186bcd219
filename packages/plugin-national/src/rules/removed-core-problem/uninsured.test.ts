import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/removed-core-problem/uninsured';

const removed = household({
  monitoredType: '边缘易致贫户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '自然消除',
  riskRemovedAt: '2020-06-30',
});

function runWith(extra: Member) {
  const members = [...family(), extra];

  return runRule(national, RULE, dataset({ household: removed, members }));
}

function baby(birthDate: string, overrides: Partial<Member> = {}): Member {
  return child({
    birthDate,
    relation: '之孙女',
    schoolStatus: null,
    residentMedical: false,
    employeeMedical: false,
    ...overrides,
  });
}

describe(RULE, () => {
  it('fires for a removed household with an uninsured member', async () => {
    const members = family().map((member, i) =>
      i === 1 ? { ...member, residentMedical: false } : member,
    );
    const { findings } = await runRule(
      national,
      RULE,
      dataset({ household: removed, members }),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'high',
      message: '风险已标记消除，但户内仍有成员未参加基本医疗保险',
    });
  });

  it('does not fire when everybody is insured', async () => {
    const { findings, stats } = await runWith(
      baby('2019-09-30', { residentMedical: true }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('exempts a baby under one and not a baby of one', async () => {
    const under = await runWith(baby('2019-10-01'));
    const one = await runWith(baby('2019-09-30'));

    expect(under.findings).toHaveLength(0);
    expect(one.findings).toHaveLength(1);
  });

  it('is unknown when an insurance cell is blank', async () => {
    const { findings, stats } = await runWith(
      baby('2019-09-30', { residentMedical: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.residentMedical': 1 });
  });
});
