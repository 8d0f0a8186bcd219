import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/removed-still-poor';

function run(overrides: Parameters<typeof household>[0]) {
  const record = household({
    monitoredType: '边缘易致贫户',
    monitoredSince: '2019-10',
    riskRemoved: true,
    riskRemovalMode: '帮扶消除',
    riskRemovedAt: '2020-06-30',
    ...overrides,
  });

  return runRule(national, RULE, dataset({ household: record }));
}

describe(RULE, () => {
  it('fires for a risk removed by assistance at 5800 yuan', async () => {
    const { findings } = await run({ perCapitaNetIncome: 5800 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'high',
      message:
        '风险以帮扶消除方式标记消除，但人均纯收入 5800 元，低于 2020 年监测标准 6000 元',
    });
  });

  it('does not fire at exactly the monitoring line', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: 6000 });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires just under the line', async () => {
    const { findings } = await run({ perCapitaNetIncome: 5999.99 });

    expect(findings).toHaveLength(1);
  });

  it('leaves a risk that went away by itself to other rules', async () => {
    const { findings } = await run({
      riskRemovalMode: '自然消除',
      perCapitaNetIncome: 5800,
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the income is blank', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.perCapitaNetIncome': 1 });
  });

  it('is unknown when the removal mode is blank', async () => {
    const { stats } = await run({
      riskRemovalMode: undefined,
      perCapitaNetIncome: 5800,
    });

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.riskRemovalMode': 1 });
  });
});
