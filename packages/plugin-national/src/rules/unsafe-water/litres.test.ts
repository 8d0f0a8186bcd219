import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/unsafe-water/litres';

function run(overrides: Parameters<typeof household>[0]) {
  const data = dataset({ household: household(overrides) });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('raises nothing on the clean fixtures', async () => {
    const plugin = national;
    const { findings, stats } = await runRule(plugin, RULE, dataset());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires at 30 litres outside a water-scarce area, stating the 35-litre standard', async () => {
    const { findings } = await run({ waterLitresPerDay: 30 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      indicator: 'water',
      severity: 'high',
      message: '人均日用水量 30 升，低于标准 35 升（是否缺水地区：否）',
    });
  });

  it('fires at 19 litres in a water-scarce area, stating the 20-litre standard', async () => {
    const { findings } = await run({
      waterLitresPerDay: 19,
      waterScarceArea: true,
    });

    expect(findings.map((f) => f.message)).toEqual([
      '人均日用水量 19 升，低于标准 20 升（是否缺水地区：是）',
    ]);
  });

  it('does not fire exactly at either standard', async () => {
    const normal = await run({ waterLitresPerDay: 35 });
    const scarce = await run({ waterLitresPerDay: 20, waterScarceArea: true });
    const under = await run({ waterLitresPerDay: 34.5 });

    expect(normal.findings).toHaveLength(0);
    expect(scarce.findings).toHaveLength(0);
    expect(under.findings).toHaveLength(1);
  });

  it('judges 30 litres in a water-scarce area as enough', async () => {
    const { findings, stats } = await run({
      waterLitresPerDay: 30,
      waterScarceArea: true,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the litres are blank', async () => {
    const { findings, stats } = await run({ waterLitresPerDay: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.waterLitresPerDay': 1 });
  });

  it('is unknown at 30 litres when the area is blank: the standard depends on it', async () => {
    const { findings, stats } = await run({
      waterLitresPerDay: 30,
      waterScarceArea: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.waterScarceArea': 1 });
  });
});
