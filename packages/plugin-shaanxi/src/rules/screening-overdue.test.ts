import type { Household, MonitoringRecord } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  household,
} from '../../../plugin-national/src/testing/fixtures.js';
import { runRule } from '../../../plugin-national/src/testing/run.js';

const RULE = 'shaanxi/screening-overdue';

/** A household monitored as 边缘易致贫户 since March, risk not removed. */
function monitored(overrides: Partial<Household> = {}): Household {
  return household({
    householdType: '一般农户',
    monitoredType: '边缘易致贫户',
    monitoredSince: '2020-03-01',
    riskRemoved: false,
    ...overrides,
  });
}

/** A 收支监测 record of H001 from one day to another. */
function record(
  periodStart: string,
  periodEnd: string,
  householdId = 'H001',
): MonitoringRecord {
  return {
    householdId,
    periodStart,
    periodEnd,
    netIncome: 2000,
    outOfPocket: 100,
    source: '部门筛查',
  };
}

/**
 * A table whose only row, in force from 2020-08-01, is of a household not
 * in the data set: provided and compared, it has no record of H001.
 */
const OTHERS = [record('2020-08-01', '2020-08-15', 'H002')];

function run(
  rows: MonitoringRecord[] | undefined,
  overrides: Partial<Household> = {},
  asOf?: string,
) {
  const lists = rows === undefined ? undefined : { monitoring: rows };
  const data = dataset({ household: monitored(overrides), lists });

  return runRule(shaanxi, RULE, data, asOf);
}

describe(RULE, () => {
  // As of 2020-09-30 the current period is 09-16..09-30 and the previous
  // one 09-01..09-15, so a record must reach 2020-09-01.
  it('fires when the latest record ends on 2020-08-31, the day before the previous period', async () => {
    const { findings } = await run([
      record('2020-07-01', '2020-07-31'),
      record('2020-08-01', '2020-08-31'),
    ]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      category: 'risk',
      indicator: 'monitoring',
      severity: 'medium',
      regionCode: '610124101201',
      county: '周至县',
      township: '哑柏镇',
      householdId: 'H001',
      memberId: null,
      department: '扶贫部门',
      action: '核实',
      basis: '陕脱贫发〔2020〕9号 三（三）、四（三）',
      message:
        '边缘易致贫户自 2020-03-01 识别监测，2020-09-01 至 2020-09-30（上一筛查期和本期，每月 1、16 日起各为一期）无收支监测记录，最近一次监测统计截至 2020-08-31',
    });
  });

  it('does not fire when a record reaches 2020-09-01, the first day of the previous period', async () => {
    const spanning = await run([record('2020-08-02', '2020-09-01')]);
    const oneDay = await run([record('2020-09-01', '2020-09-01')]);

    expect(spanning.findings).toHaveLength(0);
    expect(oneDay.findings).toHaveLength(0);
    expect(oneDay.stats.passed).toBe(1);
  });

  it('does not fire for a record in the current period only', async () => {
    const { findings, stats } = await run([record('2020-09-16', '2020-09-30')]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires when the table has no record of the household at all', async () => {
    const none = await run(OTHERS);
    const others = await run([record('2020-09-01', '2020-09-15', 'H002')]);

    expect(none.findings.map((f) => f.message)).toEqual([
      '边缘易致贫户自 2020-03-01 识别监测，2020-09-01 至 2020-09-30（上一筛查期和本期，每月 1、16 日起各为一期）无收支监测记录，最近一次监测统计截至 空',
    ]);
    expect(others.findings).toHaveLength(1);
  });

  it('ignores a record that starts after the reference date', async () => {
    const { findings } = await run([
      record('2020-08-01', '2020-08-31'),
      record('2020-10-01', '2020-10-15'),
    ]);

    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/最近一次监测统计截至 2020-08-31$/);
  });

  it('moves the window with the reference date: as of 2020-09-15 it runs from 2020-08-16', async () => {
    const reached = await run(
      [record('2020-08-01', '2020-08-16')],
      {},
      '2020-09-15',
    );
    const short = await run(
      [record('2020-08-01', '2020-08-15')],
      {},
      '2020-09-15',
    );

    expect(reached.findings).toHaveLength(0);
    expect(short.findings.map((f) => f.message)).toEqual([
      '边缘易致贫户自 2020-03-01 识别监测，2020-08-16 至 2020-09-15（上一筛查期和本期，每月 1、16 日起各为一期）无收支监测记录，最近一次监测统计截至 2020-08-15',
    ]);
  });

  it('reads a month-only end as any day of the month', async () => {
    // As of 2020-09-30 all of September is in the window, all of August out.
    const september = await run([record('2020-09', '2020-09')]);
    const august = await run([record('2020-08', '2020-08')]);
    // As of 2020-10-05 the window starts on 2020-09-16: a record ending
    // some day of September may or may not reach it.
    const straddling = await run(
      [record('2020-09', '2020-09')],
      {},
      '2020-10-05',
    );

    expect(september.findings).toHaveLength(0);
    expect(august.findings).toHaveLength(1);
    expect(straddling.findings).toHaveLength(0);
    expect(straddling.stats.unknown).toBe(1);
  });

  it('does not hold a household identified within the current period', async () => {
    const inPeriod = await run(OTHERS, { monitoredSince: '2020-09-16' });
    const dayBefore = await run(OTHERS, { monitoredSince: '2020-09-15' });

    expect(inPeriod.findings).toHaveLength(0);
    expect(inPeriod.stats.passed).toBe(1);
    expect(dayBefore.findings).toHaveLength(1);
  });

  it('does not fire for a household not monitored, or whose risk is removed', async () => {
    const plain = await run(OTHERS, {
      householdType: '已脱贫户',
      monitoredType: null,
      monitoredSince: undefined,
    });
    const removed = await run(OTHERS, {
      riskRemoved: true,
      riskRemovalMode: '帮扶消除',
      riskRemovedAt: '2020-09-10',
    });

    expect(plain.findings).toHaveLength(0);
    expect(plain.stats.passed).toBe(1);
    expect(removed.findings).toHaveLength(0);
    expect(removed.stats.passed).toBe(1);
  });

  it('is unknown, not silent, when 风险是否已消除 is blank', async () => {
    const { findings, stats } = await run(OTHERS, { riskRemoved: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.riskRemoved': 1 });
  });

  it('is unknown, never "not screened", when the monitoring table is absent', async () => {
    const { findings, stats } = await run(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'monitoring (no file)': 1 });
  });

  it('is unknown, never "not screened", when the table has no rows in force', async () => {
    const empty = await run([]);
    const later = await run([record('2020-10-01', '2020-10-15')]);

    for (const { findings, stats } of [empty, later]) {
      expect(findings).toHaveLength(0);
      expect(stats.unknown).toBe(1);
      expect(stats.missing).toEqual({ 'monitoring (no rows in force)': 1 });
    }
  });

  it('runs from the notice of 22 August 2020, not the day before', async () => {
    const onTheDay = await run(OTHERS, {}, '2020-08-22');

    // As of 2020-08-22 the window is 2020-08-01..2020-08-31.
    expect(onTheDay.findings.map((f) => f.message)).toEqual([
      '边缘易致贫户自 2020-03-01 识别监测，2020-08-01 至 2020-08-31（上一筛查期和本期，每月 1、16 日起各为一期）无收支监测记录，最近一次监测统计截至 空',
    ]);
    await expect(run(OTHERS, {}, '2020-08-21')).rejects.toThrow(/did not run/);
  });
});
