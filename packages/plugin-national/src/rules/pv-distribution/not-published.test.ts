import type { Village } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/pv-distribution/not-published';

function run(overrides: Parameters<typeof village>[0]) {
  const station: Partial<Village> = {
    pvStation: true,
    pvIncomeDistribution: '公益岗位',
  };

  const data = dataset({ village: village({ ...station, ...overrides }) });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for a station whose distribution is not published', async () => {
    const { findings } = await run({ pvDistributionPublished: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      village: '南集贤村',
      category: 'measure-gap',
      indicator: 'photovoltaic',
      severity: 'medium',
      message: '南集贤村有光伏扶贫电站，收益分配未公示',
    });
  });

  it('does not fire once published, or without a station', async () => {
    const published = await run({ pvDistributionPublished: true });
    const none = await run({
      pvStation: false,
      pvDistributionPublished: false,
    });

    expect(published.findings).toHaveLength(0);
    expect(published.stats.passed).toBe(1);
    expect(none.findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the published cell is blank', async () => {
    const { findings, stats } = await run({
      pvDistributionPublished: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.pvDistributionPublished': 1 });
  });
});
