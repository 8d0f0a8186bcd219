import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/pv-distribution/equal-shares';

function run(overrides: Parameters<typeof village>[0]) {
  const station = { pvStation: true, pvDistributionPublished: true };

  const data = dataset({ village: village({ ...station, ...overrides }) });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for a station whose income is paid in equal shares', async () => {
    const { findings } = await run({ pvIncomeDistribution: '平均分配' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      village: '南集贤村',
      category: 'measure-gap',
      indicator: 'photovoltaic',
      severity: 'medium',
      department: '扶贫部门',
      message:
        '南集贤村光伏扶贫电站收益分配方式为「平均分配」，未用于公益岗位、小型公益事业或奖励补助',
    });
  });

  it('does not fire for public-welfare jobs, or without a station', async () => {
    const jobs = await run({ pvIncomeDistribution: '公益岗位' });
    const none = await run({
      pvStation: false,
      pvIncomeDistribution: '平均分配',
    });

    expect(jobs.findings).toHaveLength(0);
    expect(jobs.stats.passed).toBe(1);
    expect(none.findings).toHaveLength(0);
  });

  it('does not fire when the way of distribution is not reported (blank is none)', async () => {
    const { findings, stats } = await run({ pvIncomeDistribution: null });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the station cell is blank', async () => {
    const { findings, stats } = await run({
      pvStation: undefined,
      pvIncomeDistribution: '平均分配',
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.pvStation': 1 });
  });
});
