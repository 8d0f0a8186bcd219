import type { Household, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/only-safety-net';

function run(measures: Household['measures'], members?: Member[]) {
  const data = dataset({ household: household({ measures }), members });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for a household with labour whose only measure is 综合保障', async () => {
    const { findings } = await run(['综合保障']);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'employment',
      severity: 'medium',
      department: '人力资源和社会保障部门',
      message:
        '有普通或技能劳动力，帮扶措施仅有「综合保障」，未落实产业就业帮扶措施',
    });
  });

  it('does not fire when another measure goes with 综合保障', async () => {
    const { findings, stats } = await run(['综合保障', '公益岗位']);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire for a household without ordinary or skilled labour', async () => {
    const weak = family().map(
      (m): Member => ({ ...m, labour: '弱劳动力或半劳动力' }),
    );
    const { findings } = await run(['综合保障'], weak);

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the only possible labourer has a blank labour cell', async () => {
    const members = [
      member({ labour: undefined }),
      ...family()
        .slice(1)
        .map((m) => ({ ...m, labour: '无劳动力' as const })),
    ];
    const { findings, stats } = await run(['综合保障'], members);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });
});
