import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/removed-core-problem/water';

function run(overrides: Parameters<typeof household>[0]) {
  const record = household({
    monitoredType: '脱贫不稳定户',
    monitoredSince: '2019-10',
    riskRemoved: true,
    riskRemovalMode: '帮扶消除',
    riskRemovedAt: '2020-06-30',
    ...overrides,
  });

  return runRule(national, RULE, dataset({ household: record }));
}

describe(RULE, () => {
  it('fires for a removed household whose safe water is not solved', async () => {
    const { findings } = await run({ safeWater: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      severity: 'high',
      message:
        '风险已标记消除，但饮水仍不安全（是否解决安全饮用水：否，人均日用水量 60 升，取水往返 0 分钟，年断水 0 天）',
    });
  });

  it('does not fire with safe water', async () => {
    const { findings, stats } = await run({});

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('takes 35 litres a day as enough and 34 as too little', async () => {
    const enough = await run({ waterLitresPerDay: 35 });
    const short = await run({ waterLitresPerDay: 34 });

    expect(enough.findings).toHaveLength(0);
    expect(short.findings).toHaveLength(1);
  });

  it('is unknown when the safe-water flag is blank', async () => {
    const { findings, stats } = await run({ safeWater: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.safeWater': 1 });
  });
});
