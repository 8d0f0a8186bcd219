import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../testing/fixtures.js';
import { monitoringRow as row } from '../testing/follow-up-rows.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/expense-spike';

function runRows(...monitoring: ReturnType<typeof row>[]) {
  return runRule(national, RULE, dataset({ lists: { monitoring } }));
}

/** August's net income, and September's out-of-pocket spending. */
function twoMonths(income: number, spending: number) {
  return runRows(
    row('2020-08-01', '2020-08-31', income),
    row('2020-09-01', '2020-09-30', 2500, { outOfPocket: spending }),
  );
}

describe(RULE, () => {
  it('fires when spending is above the previous month’s net income', async () => {
    const { findings } = await twoMonths(3000, 3300);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      regionCode: VILLAGE_CODE,
      indicator: 'income',
      message:
        '本期（2020-09-01～2020-09-30）合规自付支出 3300 元，按期长折算为上期（2020-08-01～2020-08-31）家庭纯收入 3000 元的 110%',
    });
  });

  it('does not fire when spending equals the previous income, and fires a yuan above', async () => {
    const equal = await twoMonths(3000, 3000);
    const above = await twoMonths(3000, 3001);

    expect(equal.findings).toHaveLength(0);
    expect(equal.stats.passed).toBe(1);
    expect(above.findings).toHaveLength(1);
  });

  it('compares periods of other lengths per day', async () => {
    // 1000 income over 10 days is 100 a day; 2000 spending over 20 days too.
    const equal = await runRows(
      row('2020-09-01', '2020-09-10', 1000),
      row('2020-09-11', '2020-09-30', 0, { outOfPocket: 2000 }),
    );
    const above = await runRows(
      row('2020-09-01', '2020-09-10', 1000),
      row('2020-09-11', '2020-09-30', 0, { outOfPocket: 2001 }),
    );

    expect(equal.findings).toHaveLength(0);
    expect(above.findings).toHaveLength(1);
  });

  it('gives no finding after a period without positive income, or with one period', async () => {
    const noIncome = await twoMonths(0, 500);
    const one = await runRows(row('2020-09-01', '2020-09-30', 0));

    expect(noIncome.findings).toHaveLength(0);
    expect(noIncome.stats.passed).toBe(1);
    expect(one.stats.passed).toBe(1);
  });

  it('compares the latest half month with the period ending before it, not the month holding it', async () => {
    // Against September's 2000 (1000 a half month) 1500 would be 150 %;
    // against August's 3000 (1500 a half month) 1500 is 100 % and 1501
    // is 100.07 %.
    const overlapping = [
      row('2020-09-01', '2020-09-30', 2000),
      row('2020-09-16', '2020-09-30', 0, { outOfPocket: 1500 }),
    ];
    const alone = await runRows(...overlapping);
    const equal = await runRows(
      row('2020-08-01', '2020-08-31', 3000),
      ...overlapping,
    );
    const above = await runRows(
      row('2020-08-01', '2020-08-31', 3000),
      row('2020-09-01', '2020-09-30', 2000),
      row('2020-09-16', '2020-09-30', 0, { outOfPocket: 1501 }),
    );

    expect(alone.findings).toHaveLength(0);
    expect(alone.stats.passed).toBe(1);
    expect(equal.findings).toHaveLength(0);
    expect(above.findings.map((f) => f.message)).toEqual([
      '本期（2020-09-16～2020-09-30）合规自付支出 1501 元，按期长折算为上期（2020-08-01～2020-08-31）家庭纯收入 3000 元的 100.1%',
    ]);
  });

  it('leaves out a row that ends before it starts and compares the others', async () => {
    const { findings, stats } = await runRows(
      row('2020-08-01', '2020-08-31', 3000),
      row('2020-09-01', '2020-09-30', 2500, { outOfPocket: 3300 }),
      row('2020-09-30', '2020-09-16', 0, { outOfPocket: 9000 }),
    );

    expect(stats.unknown).toBe(0);
    expect(
      findings.map((f) => f.data.outOfPocketToPreviousIncomePercent),
    ).toEqual([110]);
  });

  it('is unknown when spending is blank or the table is absent', async () => {
    const blank = await runRows(
      row('2020-08-01', '2020-08-31', 3000),
      row('2020-09-01', '2020-09-30', 2500, { outOfPocket: undefined }),
    );
    const absent = await runRule(national, RULE, dataset());

    expect(blank.stats.unknown).toBe(1);
    expect(absent.stats.unknown).toBe(1);
    expect(absent.stats.missing).toEqual({ 'monitoring (no file)': 1 });
  });
});
