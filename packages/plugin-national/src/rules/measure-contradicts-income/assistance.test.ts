import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/measure-contradicts-income/assistance';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for 综合保障 with no transfer income', async () => {
    const { findings } = await run({
      measures: ['综合保障', '健康帮扶'],
      transferIncome: 0,
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      indicator: 'income',
      severity: 'medium',
      message: '帮扶措施为综合保障、健康帮扶，含综合保障，但转移性收入为 0 元',
    });
  });

  it('does not fire once there is some transfer income', async () => {
    const { findings, stats } = await run({
      measures: ['综合保障', '健康帮扶'],
      transferIncome: 1,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire without the measure', async () => {
    const { findings } = await run({
      measures: ['技能培训'],
      transferIncome: 0,
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the income is blank', async () => {
    const { findings, stats } = await run({
      measures: ['综合保障', '健康帮扶'],
      transferIncome: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.transferIncome': 1 });
  });
});
