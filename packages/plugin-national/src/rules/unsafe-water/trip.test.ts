import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/unsafe-water/trip';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for a 25-minute round trip', async () => {
    const { findings } = await run({ waterTripMinutes: 25 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      indicator: 'water',
      severity: 'high',
      message: '取水往返时间 25 分钟，超过标准 20 分钟',
    });
  });

  it('does not fire at exactly 20 minutes, and fires at 21', async () => {
    const at = await run({ waterTripMinutes: 20 });
    const over = await run({ waterTripMinutes: 21 });

    expect(at.findings).toHaveLength(0);
    expect(at.stats.passed).toBe(1);
    expect(over.findings).toHaveLength(1);
  });

  it('is unknown, not silent, when the minutes are blank', async () => {
    const { findings, stats } = await run({ waterTripMinutes: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.waterTripMinutes': 1 });
  });
});
