import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/village-infrastructure/bus';

function run(overrides: Parameters<typeof village>[0]) {
  return runRule(national, RULE, dataset({ village: village(overrides) }));
}

describe(RULE, () => {
  it('fires for an eligible village without a bus service', async () => {
    const { findings } = await run({ busService: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      village: '南集贤村',
      indicator: 'infrastructure',
      severity: 'medium',
      department: '交通运输部门',
      message: '南集贤村具备通客车条件，但未通客车',
    });
  });

  it('does not fire for a village that does not meet the conditions', async () => {
    const { findings, stats } = await run({
      busEligible: false,
      busService: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when eligibility is blank and there is no bus', async () => {
    const { findings, stats } = await run({
      busEligible: undefined,
      busService: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.busEligible': 1 });
  });

  it('passes a village with a bus even when eligibility is blank', async () => {
    const { findings, stats } = await run({
      busEligible: undefined,
      busService: true,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });
});
