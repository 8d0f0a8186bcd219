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
  it('fires for a household identified more than a month ago with no measure', async () => {
    // 2020-08-29 to 2020-09-30: one month and a day.
    const { findings } = await run(monitored('2020-08-29'));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'monitoring',
      severity: 'medium',
      department: '扶贫部门',
      message:
        '边缘易致贫户自 2020-08-29 识别监测已 1 个月，未落实任何帮扶措施',
    });
  });

  it('does not fire at exactly one month: the catalog says more than one', async () => {
    const exact = await run(monitored('2020-08-30'));
    const recent = await run(monitored('2020-09-01'));

    expect(exact.findings).toHaveLength(0);
    expect(recent.findings).toHaveLength(0);
    expect(recent.stats.passed).toBe(1);
  });

  it('is unknown when the month-only date may be less than a month back', async () => {
    // 2020-08: identified 2020-08-01 is more than a month before 2020-09-30,
    // 2020-08-31 is not.
    const { findings, stats } = await run(monitored('2020-08'));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('fires for a month-precision date that is more than a month back on any day', async () => {
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
