import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/village-infrastructure/meter';

function run(overrides: Parameters<typeof village>[0]) {
  return runRule(national, RULE, dataset({ village: village(overrides) }));
}

describe(RULE, () => {
  it('fires for a village without one meter per household', async () => {
    const { findings } = await run({ meterPerHousehold: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      memberId: null,
      village: '南集贤村',
      category: 'policy-gap',
      indicator: 'infrastructure',
      severity: 'medium',
      department: '供电企业',
      message: '南集贤村电力入户未实现一户一表',
    });
  });

  it('does not fire for a village with one meter per household', async () => {
    const { findings, stats } = await run({ meterPerHousehold: true });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the cell is blank', async () => {
    const { findings, stats } = await run({ meterPerHousehold: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.meterPerHousehold': 1 });
  });
});
