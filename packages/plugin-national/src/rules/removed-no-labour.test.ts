import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/removed-no-labour';

const removed = household({
  monitoredType: '突发严重困难户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '帮扶消除',
  riskRemovedAt: '2020-06-30',
});

/** The clean family with the given labour, member by member. */
function familyWith(...labour: Member['labour'][]): Member[] {
  return family().map((member, i) => ({ ...member, labour: labour[i] }));
}

function run(members: Member[], record = removed) {
  return runRule(national, RULE, dataset({ household: record, members }));
}

describe(RULE, () => {
  it('fires when every member has lost or has no labour capacity', async () => {
    const members = familyWith(
      '丧失劳动力',
      '丧失劳动力',
      '无劳动力',
      '无劳动力',
    );
    const { findings } = await run(members);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'medium',
      message: '风险已标记消除，但户内 4 人均为丧失劳动力或无劳动力',
    });
  });

  it('does not fire when one member has weak or half labour: that is labour', async () => {
    const members = familyWith(
      '丧失劳动力',
      '弱劳动力或半劳动力',
      '无劳动力',
      '无劳动力',
    );
    const { findings, stats } = await run(members);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire with one skilled labourer', async () => {
    const members = familyWith(
      '技能劳动力',
      '丧失劳动力',
      '无劳动力',
      '无劳动力',
    );
    const { findings, stats } = await run(members);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire before the risk is removed', async () => {
    const members = familyWith(
      '丧失劳动力',
      '丧失劳动力',
      '无劳动力',
      '无劳动力',
    );
    const { findings } = await run(members, { ...removed, riskRemoved: false });

    expect(findings).toHaveLength(0);
  });

  it('does not judge a household without member rows', async () => {
    const { findings, stats } = await run([]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when a labour cell is blank and nobody else can work', async () => {
    const members = familyWith(undefined, '丧失劳动力', '无劳动力', '无劳动力');
    const { findings, stats } = await run(members);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });
});
