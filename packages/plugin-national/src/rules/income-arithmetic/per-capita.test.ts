import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/income-arithmetic/per-capita';

function run(overrides: Parameters<typeof household>[0], members = family()) {
  const data = dataset({ household: household(overrides), members });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for 6502 yuan declared against 26000 / 4 = 6500', async () => {
    const { findings } = await run({ perCapitaNetIncome: 6502 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'high',
      message:
        '人均纯收入登记为 6502 元，按家庭纯收入 26000 元除以 4 人计算为 6500 元，相差 2 元，超过 1 元',
    });
  });

  it('divides by the members in the members table', async () => {
    const { findings } = await run({}, family().slice(0, 3));

    expect(findings.map((f) => f.message)).toEqual([
      '人均纯收入登记为 6500 元，按家庭纯收入 26000 元除以 3 人计算为 8666.67 元，相差 2166.67 元，超过 1 元',
    ]);
  });

  it('does not fire at exactly the 1-yuan tolerance', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: 6501 });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when the per-capita income is blank', async () => {
    const { findings, stats } = await run({ perCapitaNetIncome: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.perCapitaNetIncome': 1 });
  });
});
