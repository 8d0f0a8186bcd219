import type { Household } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/no-measure';

type Overrides = Partial<Household>;

function run(overrides: Overrides) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

/** An ordinary household monitored as 边缘易致贫户 since the given date. */
function monitored(
  since: string | undefined,
  measures: Household['measures'] = [],
): Overrides {
  return {
    householdType: '一般农户',
    monitoredType: '边缘易致贫户',
    monitoredSince: since,
    measures,
  };
}

describe(RULE, () => {
  it('fires for a household monitored one whole month with no measure', async () => {
    const { findings } = await run(monitored('2020-08-30'));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'monitoring',
      severity: 'medium',
      department: '扶贫部门',
      message: '边缘易致贫户自 2020-08-30 识别监测已 1 个月，未落实任何帮扶措施',
    });
  });

  it('does not fire before the first whole month is complete', async () => {
    const { findings, stats } = await run(monitored('2020-09-01'));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('counts calendar months for a month-precision date', async () => {
    const { findings } = await run(monitored('2020-06'));

    expect(findings.map((f) => f.message)).toEqual([
      '边缘易致贫户自 2020-06 识别监测已 3 个月，未落实任何帮扶措施',
    ]);
  });

  it('does not fire with any measure, or for a household not monitored', async () => {
    const helped = await run(monitored('2020-03-01', ['其他']));
    const plain = await run({ measures: [] });

    expect(helped.findings).toHaveLength(0);
    expect(plain.findings).toHaveLength(0);
    expect(plain.stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the identification date is blank', async () => {
    const { findings, stats } = await run(monitored(undefined));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.monitoredSince': 1 });
  });
});
