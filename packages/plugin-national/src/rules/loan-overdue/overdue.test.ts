import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../../testing/fixtures.js';
import { HEAD_ID, loan } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/loan-overdue/overdue';

function runLoans(...loans: ReturnType<typeof loan>[]) {
  return runRule(national, RULE, dataset({ lists: { credit: loans } }));
}

describe(RULE, () => {
  it('fires for 5000 yuan overdue, not extended, on the borrower’s household', async () => {
    const { findings } = await runLoans(loan({ overdueAmount: 5000 }));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: HEAD_ID,
      regionCode: VILLAGE_CODE,
      indicator: 'credit',
      message:
        '扶贫小额信贷 30000 元（放款日期 2018-06-01，到期日期 2020-06-01）逾期 5000 元，未办理展期',
    });
  });

  it('does not fire for an extended loan, nothing overdue, or 0 overdue', async () => {
    const { findings, stats } = await runLoans(
      loan({ overdueAmount: 5000, extended: true }),
      loan({ loanDate: '2019-01-01' }),
      loan({ loanDate: '2019-02-01', overdueAmount: 0 }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
    expect(stats.unknown).toBe(0);
  });

  it('is unknown when an overdue loan’s 是否展期 is blank', async () => {
    const { findings, stats } = await runLoans(
      loan({ overdueAmount: 5000, extended: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit.extended': 1 });
  });

  it('ignores a list row dated after the reference date', async () => {
    const { findings, stats } = await runLoans(
      loan({ overdueAmount: 5000, asOf: '2020-10-08' }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed + stats.unknown).toBe(0);
  });

  it('judges no loan when the credit list is absent', async () => {
    const { findings, stats } = await runRule(national, RULE, dataset());

    expect(findings).toHaveLength(0);
    expect(stats.passed + stats.unknown).toBe(0);
  });
});
