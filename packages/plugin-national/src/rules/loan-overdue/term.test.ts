import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset } from '../../testing/fixtures.js';
import { loan } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/loan-overdue/term';

function runLoan(overrides: Parameters<typeof loan>[0]) {
  return runRule(
    national,
    RULE,
    dataset({ lists: { credit: [loan(overrides)] } }),
  );
}

describe(RULE, () => {
  it('does not fire for a term of exactly 36 months', async () => {
    const { findings, stats } = await runLoan({
      loanDate: '2019-03-01',
      dueDate: '2022-03-01',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires for 36 months and one day', async () => {
    const { findings } = await runLoan({
      loanDate: '2019-03-01',
      dueDate: '2022-03-02',
    });

    expect(findings.map((f) => f.message)).toEqual([
      '扶贫小额信贷放款日期 2019-03-01，到期日期 2022-03-02，期限超过 36 个月',
    ]);
  });

  it('counts a month complete on the last day of a shorter month', async () => {
    // 2017-03-31 + 35 months is 2020-02-29 (no 31 February): due the
    // day after that month end, the term is 35 months and a day, within.
    const inside = await runLoan({
      loanDate: '2017-03-31',
      dueDate: '2020-03-01',
    });
    // 2017-03-31 + 36 months is 2020-03-31.
    const outside = await runLoan({
      loanDate: '2017-03-31',
      dueDate: '2020-04-01',
    });

    expect(inside.findings).toHaveLength(0);
    expect(outside.findings).toHaveLength(1);
  });

  it('is unknown when a month-only due date leaves the last day open', async () => {
    // Due some day of March 2022: from 35 months and some days to 36 and 29.
    const { findings, stats } = await runLoan({
      loanDate: '2019-03-01',
      dueDate: '2022-03',
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown, not short, when the due date is before the loan date', async () => {
    const { stats } = await runLoan({
      loanDate: '2019-03-01',
      dueDate: '2018-03-01',
    });

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'credit.loanDate': 1,
      'credit.dueDate': 1,
    });
  });
});
