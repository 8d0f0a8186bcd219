import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../../testing/fixtures.js';
import { monitoringRow as row } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/income-drop/share';

function runRows(...monitoring: ReturnType<typeof row>[]) {
  return runRule(national, RULE, dataset({ lists: { monitoring } }));
}

describe(RULE, () => {
  it('fires for a drop of exactly 30 % between two calendar months', async () => {
    // August has 31 days and September 30: compared per month, not per day.
    const { findings } = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', 7000),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      regionCode: VILLAGE_CODE,
      message:
        '家庭纯收入由上期（2020-08-01～2020-08-31）10000 元降至本期（2020-09-01～2020-09-30）7000 元，按期长折算下降 30%',
    });
  });

  it('does not fire for a drop of 29.99 %', async () => {
    const { findings, stats } = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', 7001),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('compares periods of other lengths per day', async () => {
    // 1000 over 10 days is 100 a day; 1400 over 20 days is 70: 30 % less.
    const exact = await runRows(
      row('2020-09-01', '2020-09-10', 1000),
      row('2020-09-11', '2020-09-30', 1400),
    );
    const less = await runRows(
      row('2020-09-01', '2020-09-10', 1000),
      row('2020-09-11', '2020-09-30', 1401),
    );

    expect(exact.findings.map((f) => f.data.netIncomeDropPercent)).toEqual([
      30,
    ]);
    expect(less.findings).toHaveLength(0);
  });

  it('counts half-month screening periods as half a month each', async () => {
    // 1–15 has 15 days and 16–31 has 16; as half months 1000 → 700 is 30 %.
    const { findings } = await runRows(
      row('2020-08-01', '2020-08-15', 1000),
      row('2020-08-16', '2020-08-31', 700),
    );

    expect(findings).toHaveLength(1);
  });

  it('reads month-only dates as whole months and orders periods by their start', async () => {
    const { findings } = await runRows(
      row('2020-09', '2020-09', 7000),
      row('2020-07', '2020-07', 12000),
      row('2020-08', '2020-08', 10000),
    );

    expect(findings.map((f) => f.data.previousMonitoringPeriod)).toEqual([
      '2020-08-01～2020-08-31',
    ]);
  });

  it('never compares a period with one it overlaps', async () => {
    // The whole of September holds its second half: read as previous and
    // latest, 2000 a month against 300 a half month would be a 70 % fall.
    const { findings, stats } = await runRows(
      row('2020-09-01', '2020-09-30', 2000),
      row('2020-09-16', '2020-09-30', 300),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('takes as previous the latest period that ends before the latest starts', async () => {
    // August ends on the first day of 08-31～09-30, so July is previous:
    // 10000 and 7000 over 31 days each (not whole months) is 30 % less.
    const overlap = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-08-31', '2020-09-30', 5000),
    );
    const july = await runRows(
      row('2020-07-01', '2020-07-31', 10000),
      row('2020-08-01', '2020-08-31', 7000),
      row('2020-08-31', '2020-09-30', 7000),
    );

    expect(overlap.findings).toHaveLength(0);
    expect(overlap.stats.passed).toBe(1);
    expect(july.findings).toHaveLength(1);
    expect(july.findings[0]?.message).toBe(
      '家庭纯收入由上期（2020-07-01～2020-07-31）10000 元降至本期（2020-08-31～2020-09-30）7000 元，按期长折算下降 30%',
    );
  });

  it('does not let a month-only row hide a drop between the half months around it', async () => {
    // 2020-09 is 09-01～09-30 and holds the latest half month, so the
    // previous is 08-16～08-31: 1400 → 300 over half months is
    // 1 − 300 / 1400 = 78.57… % less. Against the month's 600 it would
    // have been 300 × 1 / (600 × 0.5) = no fall at all.
    const { findings } = await runRows(
      row('2020-08-16', '2020-08-31', 1400),
      row('2020-09', '2020-09', 600),
      row('2020-09-16', '2020-09-30', 300),
    );

    expect(findings.map((f) => f.message)).toEqual([
      '家庭纯收入由上期（2020-08-16～2020-08-31）1400 元降至本期（2020-09-16～2020-09-30）300 元，按期长折算下降 78.6%',
    ]);
  });

  it('leaves out a row that ends before it starts and compares the others', async () => {
    const { findings, stats } = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', 7000),
      row('2020-09-30', '2020-09-16', 100),
    );

    expect(stats.unknown).toBe(0);
    expect(findings.map((f) => f.data.previousMonitoringPeriod)).toEqual([
      '2020-08-01～2020-08-31',
    ]);
    expect(findings.map((f) => f.data.netIncomeDropPercent)).toEqual([30]);
  });

  it('leaves out periods not over by the reference date and rows of other households', async () => {
    const { findings } = await runRows(
      row('2020-07-01', '2020-07-31', 10000),
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-16', '2020-10-15', 100),
      row('2020-10-01', '2020-10-31', 100),
      row('2020-09-01', '2020-09-30', 100, { householdId: 'H002' }),
    );

    expect(findings).toHaveLength(0);
  });

  it('gives no finding, and is not unknown, with fewer than two periods', async () => {
    const one = await runRows(row('2020-09-01', '2020-09-30', 100));
    // The table has a row in force, of a household not in the data set.
    const none = await runRows(
      row('2020-09-01', '2020-09-30', 100, { householdId: 'H999' }),
    );

    expect(one.findings).toHaveLength(0);
    expect(one.stats.passed).toBe(1);
    expect(none.findings).toHaveLength(0);
    expect(none.stats.passed).toBe(1);
  });

  it('is unknown when the monitoring table has no rows in force', async () => {
    const empty = await runRows();
    const later = await runRows(row('2020-10-01', '2020-10-15', 100));

    for (const { findings, stats } of [empty, later]) {
      expect(findings).toHaveLength(0);
      expect(stats.unknown).toBe(1);
      expect(stats.missing).toEqual({ 'monitoring (no rows in force)': 1 });
    }
  });

  it('is unknown when the monitoring table is absent', async () => {
    const { findings, stats } = await runRule(national, RULE, dataset());

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'monitoring (no file)': 1 });
  });

  it('is unknown when a figure is blank, or two rows of one period disagree', async () => {
    const blank = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', undefined),
    );
    const disputed = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', 5000),
      row('2020-09-01', '2020-09-30', 9000, { source: '入户走访' }),
    );
    const agreed = await runRows(
      row('2020-08-01', '2020-08-31', 10000),
      row('2020-09-01', '2020-09-30', 5000),
      row('2020-09-01', '2020-09-30', 5000, { source: '入户走访' }),
    );

    expect(blank.stats.unknown).toBe(1);
    expect(disputed.stats.unknown).toBe(1);
    expect(agreed.findings).toHaveLength(1);
  });

  it('gives no ratio after a period without positive income', async () => {
    const { findings, stats } = await runRows(
      row('2020-08-01', '2020-08-31', 0),
      row('2020-09-01', '2020-09-30', -500),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });
});
