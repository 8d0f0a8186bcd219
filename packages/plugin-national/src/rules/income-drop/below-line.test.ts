import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset } from '../../testing/fixtures.js';
import { monitoringRow as row } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/income-drop/below-line';

// The clean household has four members; the monitoring line is 6000 a
// year per person, so 2000 a month for the household is exactly on it.
function runMonths(august: number, september: number) {
  return runRule(
    national,
    RULE,
    dataset({
      lists: {
        monitoring: [
          row('2020-08-01', '2020-08-31', august),
          row('2020-09-01', '2020-09-30', september),
        ],
      },
    }),
  );
}

describe(RULE, () => {
  it('fires when income falls from the line to one yuan a month under it', async () => {
    const { findings } = await runMonths(2000, 1999);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      message:
        '按收支监测折算的年人均纯收入由上期（2020-08-01～2020-08-31）6000 元降至本期（2020-09-01～2020-09-30）5997 元，低于监测标准 6000 元',
    });
  });

  it('does not fire when the latest period is on the line', async () => {
    const { findings, stats } = await runMonths(3000, 2000);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire when the previous period was already under the line', async () => {
    const { findings } = await runMonths(1999, 1000);

    expect(findings).toHaveLength(0);
  });

  it('annualises a period that is not whole months by its days', async () => {
    // 1000 over 61 days is 1000 × 365 / 61 / 4 ≈ 1495.9 a person a year.
    const { findings } = await runRule(
      national,
      RULE,
      dataset({
        lists: {
          monitoring: [
            row('2020-07-01', '2020-07-31', 2000),
            row('2020-08-05', '2020-10-04', 1000),
          ],
        },
      }),
      '2020-10-04',
    );

    expect(findings.map((f) => f.data.latestAnnualPerCapitaIncome)).toEqual([
      1495.9,
    ]);
  });

  it('does not compare the latest half month with the whole month holding it', async () => {
    // Read as a pair, 900 a half month is 900 × 24 / 4 = 5400 a person a
    // year, under the line, against 2000 × 12 / 4 = 6000 on it.
    const { findings, stats } = await runRule(
      national,
      RULE,
      dataset({
        lists: {
          monitoring: [
            row('2020-09-01', '2020-09-30', 2000),
            row('2020-09-16', '2020-09-30', 900),
          ],
        },
      }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('still compares two months when a third row ends before it starts', async () => {
    const { findings, stats } = await runRule(
      national,
      RULE,
      dataset({
        lists: {
          monitoring: [
            row('2020-08-01', '2020-08-31', 2000),
            row('2020-09-01', '2020-09-30', 1999),
            row('2020-09-30', '2020-09-16', 100),
          ],
        },
      }),
    );

    expect(stats.unknown).toBe(0);
    expect(findings.map((f) => f.data.latestAnnualPerCapitaIncome)).toEqual([
      5997,
    ]);
  });

  it('is unknown when the monitoring table is absent', async () => {
    const { stats } = await runRule(national, RULE, dataset());

    expect(stats.unknown).toBe(1);
  });
});
