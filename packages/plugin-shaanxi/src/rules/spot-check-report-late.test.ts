import type { Household, SpotCheckRecord } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  family,
  household,
} from '../../../plugin-national/src/testing/fixtures.js';
import { runRule } from '../../../plugin-national/src/testing/run.js';

const RULE = 'shaanxi/spot-check-report-late';

/** A phone spot check of a household's net income on a day. */
function check(checkedOn: string, householdId = 'H001'): SpotCheckRecord {
  return {
    householdId,
    checkedOn,
    item: 'netIncome',
    answer: '26000',
  };
}

function run(rows: SpotCheckRecord[] | undefined, asOf?: string) {
  const lists = rows === undefined ? undefined : { spotChecks: rows };

  return runRule(shaanxi, RULE, dataset({ lists }), asOf);
}

describe(RULE, () => {
  // Reference date 2020-09-30: a check on 2020-09-23 is 7 days before it,
  // on 2020-09-22 8 days.
  it('fires when the latest check is 8 days before the reference date', async () => {
    const { findings } = await run([check('2020-09-01'), check('2020-09-22')]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      category: 'measure-gap',
      indicator: 'consistency',
      severity: 'medium',
      regionCode: '610124',
      county: '周至县',
      township: null,
      village: null,
      householdId: null,
      memberId: null,
      department: '扶贫部门',
      action: '补录',
      basis: '陕脱贫发〔2020〕9号 三（二）',
      message:
        '最近一次电话抽查为 2020-09-22，距基准日 8 天，超过 7 天未报送抽查结果（共 2 条抽查记录）',
    });
  });

  it('does not fire when the latest check is exactly 7 days before: that week is on time', async () => {
    const exact = await run([check('2020-09-01'), check('2020-09-23')]);
    const today = await run([check('2020-09-30')]);

    expect(exact.findings).toHaveLength(0);
    expect(exact.stats.passed).toBe(1);
    expect(today.findings).toHaveLength(0);
  });

  it('does not fire for a county with no checks at all', async () => {
    // A household the registry lacks belongs to no county.
    const stray = await run([check('2020-08-01', 'H999')]);

    expect(stray.findings).toHaveLength(0);
    expect(stray.stats.passed).toBe(1);
  });

  it('ignores checks after the reference date', async () => {
    const { findings } = await run([check('2020-09-22'), check('2020-10-02')]);

    expect(findings.map((f) => f.message)).toEqual([
      '最近一次电话抽查为 2020-09-22，距基准日 8 天，超过 7 天未报送抽查结果（共 1 条抽查记录）',
    ]);
  });

  it('counts the checks of every household of the county, and only of it', async () => {
    const other: Household = household({
      householdId: 'H002',
      regionCode: '610124101202',
    });
    const elsewhere: Household = household({
      householdId: 'H003',
      regionCode: '610122100201',
    });
    const data = dataset({
      lists: {
        spotChecks: [
          check('2020-09-10'),
          check('2020-09-25', 'H002'),
          check('2020-09-01', 'H003'),
        ],
      },
    });
    const homes = [...data.households, other, elsewhere];
    const members = [...data.members, ...family('H002'), ...family('H003')];
    const { findings, stats } = await runRule(shaanxi, RULE, {
      ...data,
      households: homes,
      members,
    });

    // 周至县 (610124) last checked H002 on 2020-09-25; 蓝田县 (610122)
    // last on 2020-09-01, 29 days before.
    expect(stats.passed).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610122',
      county: '蓝田县',
      message:
        '最近一次电话抽查为 2020-09-01，距基准日 29 天，超过 7 天未报送抽查结果（共 1 条抽查记录）',
    });
  });

  it('reads a month-only day as any day of the month', async () => {
    // 2020-09 is 0 to 29 days before 2020-09-30; 2020-08 is 30 to 60.
    const september = await run([check('2020-09')]);
    const august = await run([check('2020-08')]);

    expect(september.findings).toHaveLength(0);
    expect(september.stats.unknown).toBe(1);
    expect(august.findings.map((f) => f.message)).toEqual([
      '最近一次电话抽查为 2020-08，距基准日 30–60 天，超过 7 天未报送抽查结果（共 1 条抽查记录）',
    ]);
  });

  it('is unknown, never "no checks", when the spot-check table is absent', async () => {
    const { findings, stats } = await run(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'spotChecks (no file)': 1 });
  });

  it('is unknown when the spot-check table has no rows in force', async () => {
    const empty = await run([]);
    const later = await run([check('2020-10-02')]);

    for (const { findings, stats } of [empty, later]) {
      expect(findings).toHaveLength(0);
      expect(stats.unknown).toBe(1);
      expect(stats.missing).toEqual({ 'spotChecks (no rows in force)': 1 });
    }
  });

  it('runs from the notice of 22 August 2020, not the day before', async () => {
    const onTheDay = await run([check('2020-08-01')], '2020-08-22');

    expect(onTheDay.findings).toHaveLength(1);
    await expect(run([check('2020-08-01')], '2020-08-21')).rejects.toThrow(
      /did not run/,
    );
  });
});
