import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { AS_OF, runRule } from '../../testing/run.js';

const RULE = 'national/age-labour/child-labour';

function runChild(overrides: Partial<Member>) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for an ordinary labourer of 15', async () => {
    const teen = child({ birthDate: '2004-10-01' });
    const { findings } = await runChild({
      birthDate: '2004-10-01',
      labour: '普通劳动力',
    });

    expect(AS_OF).toBe('2020-09-30');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: teen.idNumber,
      severity: 'low',
      message: '15 周岁，未满 16 周岁，劳动技能登记为普通劳动力',
    });
  });

  it('does not fire on the 16th birthday', async () => {
    const { findings, stats } = await runChild({
      birthDate: '2004-09-30',
      labour: '普通劳动力',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('counts weak or half labour as labour and 无劳动力 as none', async () => {
    const weak = await runChild({ labour: '弱劳动力或半劳动力' });
    const none = await runChild({ labour: '无劳动力' });

    expect(weak.findings.map((f) => f.message)).toEqual([
      '10 周岁，未满 16 周岁，劳动技能登记为弱劳动力或半劳动力',
    ]);
    expect(none.findings).toHaveLength(0);
  });

  it('is unknown when neither birth date nor ID number is given', async () => {
    const { findings, stats } = await runChild({
      labour: '技能劳动力',
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
