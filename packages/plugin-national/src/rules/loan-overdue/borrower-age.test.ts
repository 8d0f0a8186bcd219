import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  family,
  makeIdNumber,
  member,
} from '../../testing/fixtures.js';
import { loan } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/loan-overdue/borrower-age';

/** A loan of 2020-06-14 to a head of household born on the given day. */
async function runBorrower(birthDate: string, loanDate = '2020-06-14') {
  const head = member({ birthDate });
  const members = [head, ...family().slice(1)];
  const credit = [
    loan({ idNumber: head.idNumber, loanDate, dueDate: '2022-06-14' }),
  ];

  return runRule(national, RULE, dataset({ members, lists: { credit } }));
}

describe(RULE, () => {
  it('does not fire for a borrower of 65 years and 364 days', async () => {
    const { findings, stats } = await runBorrower('1954-06-15');

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires for a borrower who turned 66 on the loan date', async () => {
    const { findings } = await runBorrower('1954-06-14');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      message: '借款人放款日期 2020-06-14 时 66 周岁，不在 18–65 周岁之间',
    });
  });

  it('fires for a borrower one day short of 18 and not for one who is 18', async () => {
    const young = await runBorrower('2002-06-15');
    const adult = await runBorrower('2002-06-14');

    expect(young.findings.map((f) => f.data.borrowerAgeAtLoan)).toEqual([17]);
    expect(adult.findings).toHaveLength(0);
  });

  it('takes the age from the loan’s ID number when the borrower is not in the registry', async () => {
    const stranger = makeIdNumber('1950-01-01', '女', 20);
    const { findings } = await runRule(
      national,
      RULE,
      dataset({
        lists: {
          credit: [loan({ idNumber: stranger, loanDate: '2020-06-14' })],
        },
      }),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: null,
      memberId: stranger,
    });
    expect(findings[0]?.data.borrowerAgeAtLoan).toBe(70);
  });

  it('takes the age from the member’s ID number when the birth date is blank', async () => {
    const head = member({ birthDate: '1954-06-14' });
    const members = [{ ...head, birthDate: undefined }, ...family().slice(1)];
    const credit = [loan({ idNumber: head.idNumber, loanDate: '2020-06-14' })];
    const { findings } = await runRule(
      national,
      RULE,
      dataset({ members, lists: { credit } }),
    );

    expect(findings).toHaveLength(1);
  });

  it('is unknown when the loan date is blank', async () => {
    const { stats } = await runRule(
      national,
      RULE,
      dataset({ lists: { credit: [loan({ loanDate: undefined })] } }),
    );

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'credit.loanDate': 1 });
  });
});
