import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/removed-core-problem/house';

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
  it('fires for a removed household in a grade C dangerous house', async () => {
    const { findings } = await run({ dangerousHouse: true, houseGrade: 'C' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      category: 'risk',
      severity: 'high',
      message:
        '风险已标记消除，但住房仍不安全（是否危房户：是，危房等级：C），未落实住房安全保障',
    });
  });

  it('does not fire once a housing measure is registered', async () => {
    const { findings, stats } = await run({
      dangerousHouse: true,
      houseGrade: 'C',
      measures: ['住房安全保障'],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('takes grade C as unsafe and grade B as safe', async () => {
    const b = await run({ dangerousHouse: false, houseGrade: 'B' });
    const c = await run({ dangerousHouse: false, houseGrade: 'C' });

    expect(b.findings).toHaveLength(0);
    expect(c.findings).toHaveLength(1);
  });

  it('is unknown when both the flag and the grade are blank', async () => {
    const { findings, stats } = await run({
      dangerousHouse: undefined,
      houseGrade: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'households.dangerousHouse': 1,
      'households.houseGrade': 1,
    });
  });
});
