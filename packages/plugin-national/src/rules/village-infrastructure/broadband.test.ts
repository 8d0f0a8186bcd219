import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/village-infrastructure/broadband';

function run(overrides: Parameters<typeof village>[0]) {
  return runRule(national, RULE, dataset({ village: village(overrides) }));
}

describe(RULE, () => {
  it('fires for a poverty village without broadband', async () => {
    const { findings } = await run({ broadband: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      village: '南集贤村',
      indicator: 'infrastructure',
      severity: 'medium',
      department: '通信管理部门',
      message: '南集贤村为贫困村，未通宽带',
    });
  });

  it('does not judge a village that is not a poverty village', async () => {
    const { findings, stats } = await run({
      povertyVillage: false,
      broadband: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the broadband cell is blank', async () => {
    const { findings, stats } = await run({ broadband: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.broadband': 1 });
  });

  it('is unknown when the poverty-village cell is blank and there is no broadband', async () => {
    const { findings, stats } = await run({
      povertyVillage: undefined,
      broadband: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.povertyVillage': 1 });
  });
});
