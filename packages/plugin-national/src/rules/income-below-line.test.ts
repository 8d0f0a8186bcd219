import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/income-below-line';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for an exited household at 3500 yuan, stating both values', async () => {
    const { findings } = await run({
      perCapitaNetIncome: 3500,
      netIncome: 14000,
      wageIncome: 8000,
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'policy-gap',
      indicator: 'income',
      severity: 'high',
      county: '周至县',
      township: null,
      message: '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
    });
  });

  it('does not fire at exactly 4000 yuan: the line itself is met', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: 4000 });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires at 3999.5 yuan, just under the line', async () => {
    const { findings } = await run({ perCapitaNetIncome: 3999.5 });

    expect(findings).toHaveLength(1);
  });

  it('fires for an ordinary household only when it is monitored', async () => {
    const plain = await run({
      householdType: '一般农户',
      perCapitaNetIncome: 3000,
    });
    const monitored = await run({
      householdType: '一般农户',
      monitoredType: '边缘易致贫户',
      monitoredSince: '2020-03',
      perCapitaNetIncome: 3000,
    });

    expect(plain.findings).toHaveLength(0);
    expect(monitored.findings).toHaveLength(1);
  });

  it('counts a blank income as unknown and names the field', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.perCapitaNetIncome': 1 });
  });

  it('is not run before the 2020 line is in force', async () => {
    const { national: plugin } = await import('@duibiao/plugin-national');

    await expect(
      runRule(
        plugin,
        RULE,
        dataset({ household: household({ perCapitaNetIncome: 3500 }) }),
        '2019-12-31',
      ),
    ).rejects.toThrow(/did not run/);
  });
});
