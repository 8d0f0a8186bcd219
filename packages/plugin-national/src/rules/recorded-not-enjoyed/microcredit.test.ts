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

const RULE = 'national/recorded-not-enjoyed/microcredit';

/** The clean family of four; its household is given 金融帮扶 here. */
const [head, spouse] = family() as [Member, Member, ...Member[]];
const WITH_CREDIT: Household['measures'] = ['产业帮扶', '金融帮扶'];

function run(lists?: ListTables, measures = WITH_CREDIT) {
  const home = household({ measures });

  return runRule(national, RULE, dataset({ household: home, lists }));
}

/** The microcredit list with one loan of the head. */
function headLoan(overrides: Partial<CreditRecord> = {}): ListTables {
  return { credit: [creditRow(head, overrides)] };
}

const MESSAGE =
  '户帮扶措施（产业帮扶、金融帮扶）含金融帮扶，扶贫小额信贷名单中没有户内成员的贷款记录';

describe(RULE, () => {
  it('fires when the provided list has no loan of any member', async () => {
    const { findings, stats } = await run({ credit: [creditRow(outsider())] });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '银保监部门',
      action: '核实',
      message: MESSAGE,
    });
    expect(stats.fired).toBe(1);
  });

  it('is silent for a loan outstanding, or repaid before the reference date', async () => {
    const outstanding = await run(headLoan());
    const repaid = await run(headLoan({ dueDate: '2020-06-01' }));

    expect(outstanding.findings).toHaveLength(0);
    expect(repaid.findings).toHaveLength(0);
    expect(repaid.stats.passed).toBe(1);
  });

  it('counts a loan of any member of the household', async () => {
    const { findings } = await run({ credit: [creditRow(spouse)] });

    expect(findings).toHaveLength(0);
  });

  it('counts a loan paid out on the reference date, not the day after', async () => {
    const on = await run(headLoan({ loanDate: '2020-09-30' }));
    const after = await run(
      headLoan({ loanDate: '2020-10-01', asOf: '2020-09-30' }),
    );

    expect(on.findings).toHaveLength(0);
    expect(after.findings.map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('ignores a loan of a member dated after the reference date', async () => {
    const { findings } = await run({
      credit: [creditRow(outsider()), creditRow(head, { asOf: '2020-10-01' })],
    });

    expect(findings.map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('is unknown, not fired, when the only row is dated after the reference date', async () => {
    const { findings, stats } = await run(headLoan({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit (no rows in force)': 1 });
  });

  it('is silent when the household records no 金融帮扶', async () => {
    const { findings, stats } = await run({ credit: [creditRow(outsider())] }, [
      '产业帮扶',
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown, not fired, when the microcredit list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit (no file)': 1 });
  });
});
