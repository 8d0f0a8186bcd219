import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/removed-too-early';

function run(overrides: Parameters<typeof household>[0]) {
  const record = household({
    monitoredType: '脱贫不稳定户',
    monitoredSince: '2020-03-15',
    riskRemoved: true,
    riskRemovalMode: '帮扶消除',
    riskRemovedAt: '2020-09-30',
    ...overrides,
  });

  return runRule(national, RULE, dataset({ household: record }));
}

describe(RULE, () => {
  it('fires for a risk removed after five whole months', async () => {
    const { findings } = await run({ riskRemovedAt: '2020-09-14' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      category: 'risk',
      indicator: 'monitoring',
      severity: 'medium',
      message:
        '识别监测时间 2020-03-15，消除监测时间 2020-09-14，监测 5 个月即标记风险消除，不足 6 个月',
    });
  });

  it('does not fire at exactly six months', async () => {
    const { findings, stats } = await run({ riskRemovedAt: '2020-09-15' });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not judge a household that is not monitored', async () => {
    const { findings, stats } = await run({
      monitoredType: null,
      riskRemovedAt: '2020-04-01',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire while the risk is not removed', async () => {
    const { findings } = await run({
      riskRemoved: false,
      riskRemovedAt: '2020-04-01',
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the removal date is blank', async () => {
    const { findings, stats } = await run({ riskRemovedAt: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.riskRemovedAt': 1 });
  });

  it('is unknown, not a negative duration, when removal predates identification', async () => {
    const { findings, stats } = await run({ riskRemovedAt: '2020-01-15' });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'households.monitoredSince': 1,
      'households.riskRemovedAt': 1,
    });
  });
});
