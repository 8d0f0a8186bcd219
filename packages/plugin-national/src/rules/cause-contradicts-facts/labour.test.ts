import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/cause-contradicts-facts/labour';

const shortOfLabour = household({ povertyCauses: ['缺劳力', '缺资金'] });

/**
 * The clean family (head and spouse 普通劳动力) with the son's labour
 * changed.
 */
function runSon(labour: Member['labour'], record = shortOfLabour) {
  const members = family().map((member, i) =>
    i === 3 ? { ...member, labour } : member,
  );

  const data = dataset({ household: record, members });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for 缺劳力 when three of four members are labourers', async () => {
    const { findings } = await runSon('普通劳动力');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'low',
      message:
        '致贫原因「缺劳力、缺资金」中有缺劳力，但 4 人中有 3 人为普通劳动力或技能劳动力，占比 0.75，高于 0.5',
    });
  });

  it('does not fire when exactly half the members are labourers', async () => {
    const { findings, stats } = await runSon('无劳动力');

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire without 缺劳力', async () => {
    const { findings } = await runSon('普通劳动力', household());

    expect(findings).toHaveLength(0);
  });

  it('is unknown when a labour cell is blank', async () => {
    const { findings, stats } = await runSon(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.labour': 1 });
  });
});
