import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../testing/fixtures.js';
import { monitoringRow as row } from '../testing/follow-up-rows.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/monitoring-period-invalid';

function runRows(...monitoring: ReturnType<typeof row>[]) {
  return runRule(national, RULE, dataset({ lists: { monitoring } }));
}

describe(RULE, () => {
  it('fires for a row whose 统计结束 is before its 统计开始', async () => {
    const { findings } = await runRows(
      row('2020-08-01', '2020-08-31', 2000),
      row('2020-09-30', '2020-09-16', 300),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      regionCode: VILLAGE_CODE,
      category: 'data-error',
      severity: 'low',
      action: '补正',
      message:
        '收支监测有 1 行统计结束早于统计开始（统计开始～统计结束：2020-09-30～2020-09-16），未参与收入、支出比较',
    });
  });

  it('names every such row once per household, month-only dates as written', async () => {
    // 2020-09 starts on 09-01 at the earliest; 2020-08 ends on 08-31.
    const { findings } = await runRows(
      row('2020-09-30', '2020-09-16', 300),
      row('2020-09', '2020-08', 300),
    );

    expect(findings.map((f) => f.message)).toEqual([
      '收支监测有 2 行统计结束早于统计开始（统计开始～统计结束：2020-09-30～2020-09-16、2020-09～2020-08），未参与收入、支出比较',
    ]);
  });

  it('does not fire for a one-day period, or month-only dates that can be in order', async () => {
    const { findings, stats } = await runRows(
      row('2020-09-16', '2020-09-16', 100),
      row('2020-09', '2020-09-15', 100),
      row('2020-09-16', '2020-09', 100),
      row('2020-09', '2020-09', 100),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('leaves out rows starting after the reference date, and other households’ rows', async () => {
    const { findings, stats } = await runRows(
      row('2020-10-05', '2020-10-01', 100),
      row('2020-09-30', '2020-09-16', 100, { householdId: 'H002' }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when the monitoring table is absent', async () => {
    const absent = await runRule(national, RULE, dataset());

    expect(absent.stats.unknown).toBe(1);
    expect(absent.stats.missing).toEqual({ 'monitoring (no file)': 1 });
  });
});
