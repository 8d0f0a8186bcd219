import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  village,
} from '../../../plugin-national/src/testing/fixtures.js';
import { runRule } from '../../../plugin-national/src/testing/run.js';

const RULE = 'shaanxi/no-liaison';

function run(monitoringLiaison: string | null | undefined, asOf?: string) {
  const data = dataset({ village: village({ monitoringLiaison }) });

  return runRule(shaanxi, RULE, data, asOf);
}

describe(RULE, () => {
  it('fires for a village that names no early-warning contact', async () => {
    const { findings } = await run(null);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      category: 'measure-gap',
      indicator: 'monitoring',
      severity: 'medium',
      regionCode: '610124101201',
      county: '周至县',
      township: '哑柏镇',
      village: '南集贤村',
      householdId: null,
      memberId: null,
      basis: '陕脱贫发〔2020〕9号 四（三）',
      message: '南集贤村未确定监测预警联络员（每村应确定 1 名）',
    });
  });

  it('does not fire for a village with a contact', async () => {
    const { findings, stats } = await run('赵六');

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('runs from the notice of 22 August 2020, not the day before', async () => {
    const onTheDay = await run(null, '2020-08-22');

    expect(onTheDay.findings).toHaveLength(1);
    await expect(run(null, '2020-08-21')).rejects.toThrow(/did not run/);
  });

  it('is unknown when the column is missing altogether', async () => {
    const { findings, stats } = await run(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'villages.monitoringLiaison': 1 });
  });
});
