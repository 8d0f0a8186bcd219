import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/removed-core-problem/dropout';

const removed = household({
  monitoredType: '脱贫不稳定户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '帮扶消除',
  riskRemovedAt: '2020-06-30',
});

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ household: removed, members }));
}

describe(RULE, () => {
  it('fires for a removed household with a child of 10 out of school', async () => {
    const { findings } = await runChild({ schoolStatus: '失学辍学' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'high',
      message: '风险已标记消除，但户内仍有义务教育阶段适龄儿童失学辍学',
    });
  });

  it('does not fire while the child is at school', async () => {
    const { findings, stats } = await runChild({});

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires at 15 and not at 16, the end of compulsory-school age', async () => {
    const fifteen = await runChild({
      birthDate: '2004-10-01',
      schoolStatus: '失学辍学',
    });
    const sixteen = await runChild({
      birthDate: '2004-09-30',
      schoolStatus: '失学辍学',
    });

    expect(fifteen.findings).toHaveLength(1);
    expect(sixteen.findings).toHaveLength(0);
  });

  it('is unknown when the out-of-school child has no birth date or ID', async () => {
    const { findings, stats } = await runChild({
      schoolStatus: '失学辍学',
      birthDate: undefined,
      idNumber: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
  });
});
