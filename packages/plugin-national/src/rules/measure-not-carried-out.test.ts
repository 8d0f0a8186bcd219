import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/measure-not-carried-out';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for development measures recorded as 尚未实施', async () => {
    const { findings } = await run({ developmentMeasureStatus: '尚未实施' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'industry',
      severity: 'medium',
      action: '核实',
      message:
        '已登记帮扶措施「产业帮扶、就业帮扶、技能培训」，开发式帮扶措施实施情况为「尚未实施」',
    });
  });

  it('fires for a blank status, which is a known value here', async () => {
    const { findings, stats } = await run({ developmentMeasureStatus: null });

    expect(stats.unknown).toBe(0);
    expect(findings.map((f) => f.message)).toEqual([
      '已登记帮扶措施「产业帮扶、就业帮扶、技能培训」，开发式帮扶措施实施情况为「空」',
    ]);
  });

  it('does not fire once carried out, or without a development measure', async () => {
    const done = await run({ developmentMeasureStatus: '已实施' });
    const none = await run({
      measures: ['健康帮扶', '技能培训'],
      developmentMeasureStatus: '尚未实施',
    });

    expect(done.findings).toHaveLength(0);
    expect(done.stats.passed).toBe(1);
    expect(none.findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the status column is missing', async () => {
    const { findings, stats } = await run({
      developmentMeasureStatus: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.developmentMeasureStatus': 1 });
  });
});
