import type {
  CreditRecord,
  Household,
  ListTables,
  Member,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { creditRow } from '../../testing/benefit-rows.js';
import {
  dataset,
  family,
  household,
  outsider,
} from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/microcredit';

/** The clean family of four; its household records no 金融帮扶. */
const [head, spouse] = family() as [Member, Member, ...Member[]];

function run(lists?: ListTables, measures?: Household['measures']) {
  const home = household(measures ? { measures } : {});

  return runRule(national, RULE, dataset({ household: home, lists }));
}

/** The microcredit list with one loan of the head. */
function headLoan(overrides: Partial<CreditRecord> = {}): ListTables {
  return { credit: [creditRow(head, overrides)] };
}

describe(RULE, () => {
  it('fires for an outstanding loan the household measures do not record', async () => {
    const { findings, stats } = await run(headLoan());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'data-error',
      indicator: 'consistency',
      severity: 'low',
      department: '扶贫部门',
      action: '补录',
      message:
        '扶贫小额信贷名单显示户内成员有未结清贷款（户主 2019-05-10 放款 50000 元，2022-05-09 到期），户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入金融帮扶',
    });
    expect(stats.fired).toBe(1);
  });

  it('counts a loan of any member of the household', async () => {
    const { findings } = await run({ credit: [creditRow(spouse)] });

    expect(findings.map((f) => f.message)).toEqual([
      '扶贫小额信贷名单显示户内成员有未结清贷款（配偶 2019-05-10 放款 50000 元，2022-05-09 到期），户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入金融帮扶',
    ]);
  });

  it('is silent when the measures include 金融帮扶', async () => {
    const { findings, stats } = await run(headLoan(), ['产业帮扶', '金融帮扶']);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('counts a loan due on the reference date, not one due the day before', async () => {
    const on = await run(headLoan({ dueDate: '2020-09-30' }));
    const before = await run(headLoan({ dueDate: '2020-09-29' }));

    expect(on.findings).toHaveLength(1);
    expect(before.findings).toHaveLength(0);
    expect(before.stats.passed).toBe(1);
  });

  it('counts a loan past due that was extended or has an amount overdue', async () => {
    const due = { dueDate: '2020-06-01' };
    const extended = await run(headLoan({ ...due, extended: true }));
    const overdue = await run(headLoan({ ...due, overdueAmount: 5000 }));
    const none = await run(headLoan({ ...due, overdueAmount: 0 }));

    expect(extended.findings).toHaveLength(1);
    expect(overdue.findings).toHaveLength(1);
    expect(none.findings).toHaveLength(0);
  });

  it('does not count a loan paid out after the reference date', async () => {
    const { findings } = await run(
      headLoan({ loanDate: '2020-10-01', asOf: '2020-09-30' }),
    );

    expect(findings).toHaveLength(0);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run({
      credit: [creditRow(outsider()), creditRow(head, { asOf: '2020-10-01' })],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not silent, when the microcredit list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit (no file)': 1 });
  });

  it('is unknown when a loan past due leaves 是否展期 blank', async () => {
    const { findings, stats } = await run(
      headLoan({ dueDate: '2020-06-01', extended: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
