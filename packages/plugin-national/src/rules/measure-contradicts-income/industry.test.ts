import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/measure-contradicts-income/industry';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for industry help with no business income', async () => {
    const { findings } = await run({
      measures: ['产业帮扶', '就业帮扶', '技能培训'],
      businessIncome: 0,
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      indicator: 'income',
      severity: 'medium',
      message:
        '帮扶措施为产业帮扶、就业帮扶、技能培训，含产业帮扶，但生产经营性收入为 0 元',
    });
  });

  it('does not fire once there is some business income', async () => {
    const { findings, stats } = await run({
      measures: ['产业帮扶', '就业帮扶', '技能培训'],
      businessIncome: 1,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire without the measure', async () => {
    const { findings } = await run({
      measures: ['技能培训'],
      businessIncome: 0,
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the income is blank', async () => {
    const { findings, stats } = await run({
      measures: ['产业帮扶', '就业帮扶', '技能培训'],
      businessIncome: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.businessIncome': 1 });
  });
});
