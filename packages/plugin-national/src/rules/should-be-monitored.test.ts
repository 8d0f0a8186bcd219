import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/should-be-monitored';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for an unmonitored exited household at 5000 yuan', async () => {
    const { findings } = await run({ perCapitaNetIncome: 5000 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'policy-gap',
      indicator: 'monitoring',
      severity: 'medium',
      department: '扶贫部门',
      action: '纳入监测',
      message:
        '已脱贫户人均纯收入 5000 元，低于 2020 年监测标准 6000 元，未纳入防返贫监测',
    });
  });

  it('fires for an unmonitored ordinary household', async () => {
    const { findings } = await run({
      householdType: '一般农户',
      perCapitaNetIncome: 4500,
    });

    expect(findings.map((f) => f.message)).toEqual([
      '一般农户人均纯收入 4500 元，低于 2020 年监测标准 6000 元，未纳入防返贫监测',
    ]);
  });

  it('does not fire at exactly 6000 yuan, and fires at 5999.5', async () => {
    const at = await run({ perCapitaNetIncome: 6000 });
    const under = await run({ perCapitaNetIncome: 5999.5 });

    expect(at.findings).toHaveLength(0);
    expect(at.stats.passed).toBe(1);
    expect(under.findings).toHaveLength(1);
  });

  it('leaves registered poor and already monitored households alone', async () => {
    const poor = await run({
      householdType: '贫困户',
      perCapitaNetIncome: 3000,
    });
    const monitored = await run({
      monitoredType: '脱贫不稳定户',
      monitoredSince: '2020-05-10',
      perCapitaNetIncome: 5000,
    });

    expect(poor.findings).toHaveLength(0);
    expect(poor.stats.passed).toBe(1);
    expect(monitored.findings).toHaveLength(0);
    expect(monitored.stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the income is blank', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.perCapitaNetIncome': 1 });
  });

  it('is unknown when the household type is blank', async () => {
    const { findings, stats } = await run({
      householdType: undefined,
      perCapitaNetIncome: 5000,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.householdType': 1 });
  });
});
