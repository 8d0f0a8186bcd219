import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset } from '../../testing/fixtures.js';
import { HEAD_ID, loan } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/loan-overdue/amount';

function runLoan(overrides: Parameters<typeof loan>[0]) {
  return runRule(
    national,
    RULE,
    dataset({ lists: { credit: [loan(overrides)] } }),
  );
}

describe(RULE, () => {
  it('does not fire at the limit of 50 000 yuan', async () => {
    const { findings, stats } = await runLoan({ amount: 50000 });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires one yuan above the limit', async () => {
    const { findings } = await runLoan({ amount: 50001 });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: HEAD_ID,
      message:
        '扶贫小额信贷金额 50001 元（放款日期 2018-06-01），超过上限 50000 元',
    });
  });

  it('is unknown when the amount is blank', async () => {
    const { stats } = await runLoan({ amount: undefined });

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit.amount': 1 });
  });
});
