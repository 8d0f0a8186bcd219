import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/unsafe-water/not-solved';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires when safe water is recorded as not solved', async () => {
    const { findings } = await run({ safeWater: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      indicator: 'water',
      severity: 'high',
      department: '水利部门',
      message: '是否解决安全饮用水为「否」，饮水安全未达标',
    });
  });

  it('does not fire when safe water is solved', async () => {
    const { findings, stats } = await run({ safeWater: true });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the cell is blank', async () => {
    const { findings, stats } = await run({ safeWater: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.safeWater': 1 });
  });
});
