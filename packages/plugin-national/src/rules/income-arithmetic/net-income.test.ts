import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/income-arithmetic/net-income';

/*
 * The clean household: 20000 + 6000 + 0 + 2000 − 2000 = 26000 yuan, and
 * 26000 / 4 members = 6500 per capita.
 */
function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for a net income 2 yuan above its items', async () => {
    const { findings } = await run({ netIncome: 26002 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      indicator: 'income',
      severity: 'high',
      message:
        '家庭纯收入登记为 26002 元，按各项收入减生产经营性支出计算为 26000 元，相差 2 元，超过 1 元',
    });
  });

  it('does not fire at exactly the 1-yuan tolerance', async () => {
    const { findings, stats } = await run({ netIncome: 26001 });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires 1.5 yuan below the items', async () => {
    const { findings } = await run({ netIncome: 25998.5 });

    expect(findings[0]?.data.netIncomeGap).toBe(1.5);
  });

  it('is unknown when an item is blank', async () => {
    const { findings, stats } = await run({ businessExpense: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.businessExpense': 1 });
  });
});
