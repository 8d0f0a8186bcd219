import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/assistance-not-recorded/no-labour-no-assistance';

/** An old couple; the first is the head. */
function couple(head: Partial<Member>, wife: Partial<Member>): Member[] {
  return [
    member({
      birthDate: '1940-04-02',
      labour: '丧失劳动力',
      migrantMonths: 0,
      educationLevel: '小学',
      ...head,
    }),
    member({
      birthDate: '1943-11-20',
      sex: '女',
      relation: '配偶',
      name: '王五',
      labour: '无劳动力',
      migrantMonths: 0,
      educationLevel: '文盲或半文盲',
      ...wife,
    }),
  ];
}

function run(members: Member[]) {
  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('raises nothing on the clean fixtures', async () => {
    const plugin = national;
    const { findings, stats } = await runRule(plugin, RULE, dataset());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires for a couple without labour and without 低保 or 特困', async () => {
    const { findings } = await run(couple({}, {}));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      indicator: 'social-assistance',
      severity: 'medium',
      department: '民政部门',
      action: '核实',
      message: '全户 2 人均为丧失劳动力或无劳动力，无人享受低保或特困供养',
    });
  });

  it('counts weak or half labour as labour', async () => {
    const weak = couple({}, { labour: '弱劳动力或半劳动力' });
    const { findings, stats } = await run(weak);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire when one of them is on 低保', async () => {
    const { findings } = await run(couple({}, { minimumLiving: true }));

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when a labour cell is blank', async () => {
    const { findings, stats } = await run(couple({ labour: undefined }, {}));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });

  it('is unknown for a household with no member rows', async () => {
    const { findings, stats } = await run([]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });
});
