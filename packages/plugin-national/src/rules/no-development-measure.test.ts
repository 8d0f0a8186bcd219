import type { Household, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/no-development-measure';

const DEVELOPMENT = '产业帮扶、就业帮扶、金融帮扶、公益岗位、生态护林员';

function run(overrides: Partial<Household>, members?: Member[]) {
  const data = dataset({ household: household(overrides), members });

  return runRule(national, RULE, data);
}

/** An ordinary household monitored as 边缘易致贫户 since the given date. */
function monitored(
  since: string | undefined,
  measures: Household['measures'] = [],
): Partial<Household> {
  return {
    householdType: '一般农户',
    monitoredType: '边缘易致贫户',
    monitoredSince: since,
    measures,
  };
}

describe(RULE, () => {
  it('fires for a registered poor household with labour and only health help', async () => {
    const { findings } = await run({
      householdType: '贫困户',
      exitYear: undefined,
      measures: ['健康帮扶'],
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'industry',
      severity: 'medium',
      department: '扶贫部门',
      action: '落实帮扶',
      message: `户类型为「贫困户」、监测对象类别为「空」，有普通或技能劳动力，帮扶措施为「健康帮扶」，无开发式帮扶措施（${DEVELOPMENT}）`,
    });
  });

  it('fires for a monitored household exactly six months after identification', async () => {
    const { findings } = await run(monitored('2020-03-30'));

    expect(findings.map((f) => f.message)).toEqual([
      `户类型为「一般农户」、监测对象类别为「边缘易致贫户」，有普通或技能劳动力，帮扶措施为「无」，无开发式帮扶措施（${DEVELOPMENT}）`,
    ]);
  });

  it('gives a monitored household the six months first', async () => {
    const { findings, stats } = await run(monitored('2020-04-01'));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire with a development measure, without labour, or when not monitored', async () => {
    const helped = await run(monitored('2020-01-10', ['公益岗位']));
    const weak = (m: Member): Member => ({
      ...m,
      labour: '弱劳动力或半劳动力',
    });
    const noLabour = await run(monitored('2020-01-10'), family().map(weak));
    const exited = await run({ measures: ['健康帮扶'] });

    expect(helped.findings).toHaveLength(0);
    expect(noLabour.findings).toHaveLength(0);
    expect(exited.findings).toHaveLength(0);
    expect(exited.stats.passed).toBe(1);
  });

  it('is unknown, not silent, when a monitored household has no identification date', async () => {
    const { findings, stats } = await run(monitored(undefined));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.monitoredSince': 1 });
  });
});
