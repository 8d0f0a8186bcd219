import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/measure-contradicts-income/employment';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for a public-welfare job with no wage income', async () => {
    const { findings } = await run({
      measures: ['公益岗位', '技能培训'],
      wageIncome: 0,
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      indicator: 'income',
      severity: 'medium',
      message:
        '帮扶措施为公益岗位、技能培训，含就业帮扶或公益岗位，但工资性收入为 0 元',
    });
  });

  it('does not fire once there is some wage income', async () => {
    const { findings, stats } = await run({
      measures: ['公益岗位', '技能培训'],
      wageIncome: 1,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire without the measure', async () => {
    const { findings } = await run({ measures: ['技能培训'], wageIncome: 0 });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the income is blank', async () => {
    const { findings, stats } = await run({
      measures: ['公益岗位', '技能培训'],
      wageIncome: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.wageIncome': 1 });
  });
});
