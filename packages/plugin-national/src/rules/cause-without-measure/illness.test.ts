import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/cause-without-measure/illness';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for 因病 among the causes without its measure', async () => {
    const { findings } = await run({ povertyCauses: ['缺技术', '因病'] });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'medical',
      severity: 'high',
      department: '卫生健康部门',
      action: '落实帮扶',
      message:
        '致贫原因为「缺技术、因病」，帮扶措施为「产业帮扶、就业帮扶、技能培训」，缺少健康帮扶',
    });
  });

  it('fires when the household has no measure at all (blank is none)', async () => {
    const { findings } = await run({ povertyCauses: ['因病'], measures: [] });

    expect(findings.map((f) => f.message)).toEqual([
      '致贫原因为「因病」，帮扶措施为「无」，缺少健康帮扶',
    ]);
  });

  it('does not fire with 健康帮扶', async () => {
    for (const measure of ['健康帮扶'] as const) {
      const { findings } = await run({
        povertyCauses: ['因病'],
        measures: ['就业帮扶', measure],
      });

      expect(findings).toHaveLength(0);
    }
  });

  it('does not fire without the cause, a blank cause being none', async () => {
    const other = await run({ povertyCauses: ['缺资金'], measures: [] });
    const blank = await run({ povertyCauses: [], measures: [] });

    expect(other.findings).toHaveLength(0);
    expect(blank.findings).toHaveLength(0);
    expect(blank.stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the measures column is missing', async () => {
    const { findings, stats } = await run({
      povertyCauses: ['因病'],
      measures: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.measures': 1 });
  });
});
