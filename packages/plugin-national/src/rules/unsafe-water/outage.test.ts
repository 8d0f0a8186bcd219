import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/unsafe-water/outage';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for 40 days without water a year', async () => {
    const { findings } = await run({ waterOutageDays: 40 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      indicator: 'water',
      severity: 'high',
      message: '年断水天数 40 天，超过标准 36 天',
    });
  });

  it('does not fire at exactly 36 days, and fires at 37', async () => {
    const at = await run({ waterOutageDays: 36 });
    const over = await run({ waterOutageDays: 37 });

    expect(at.findings).toHaveLength(0);
    expect(at.stats.passed).toBe(1);
    expect(over.findings).toHaveLength(1);
  });

  it('is unknown, not silent, when the days are blank', async () => {
    const { findings, stats } = await run({ waterOutageDays: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.waterOutageDays': 1 });
  });
});
