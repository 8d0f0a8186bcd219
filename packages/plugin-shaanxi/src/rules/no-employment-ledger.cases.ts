import type { EmploymentRecord, Member, RuleCases } from '@duibiao/core';
import { dataset, family, HEAD_ID, outsider } from '@duibiao/plugin-sdk';

// The clean family: the head worked away 8 months, the spouse and the two
// children 0, so only the head can be reported.
const SPOUSE_ID = family()[1]?.idNumber as string;

/** A ledger row of a person, dated 2020-09-15: in Suzhou since March. */
function ledgerRow(
  idNumber: string,
  overrides: Partial<EmploymentRecord> = {},
): EmploymentRecord {
  return {
    idNumber,
    name: '张三',
    workplace: '江苏省苏州市',
    startMonth: '2020-03',
    endMonth: null,
    monthlyIncome: 3500,
    asOf: '2020-09-15',
    ...overrides,
  };
}

/** A row in force of someone of no household of the data: names nobody. */
const OTHER = ledgerRow(outsider().idNumber as string, { name: '王五' });

/** The family with the head's 务工时间 set. */
function headWorked(migrantMonths: number | undefined): Member[] {
  const [head, ...rest] = family() as [Member, ...Member[]];

  return [{ ...head, migrantMonths }, ...rest];
}

function withLedger(
  rows: EmploymentRecord[] | undefined,
  members: Member[] = family(),
) {
  return dataset({
    members,
    ...(rows === undefined ? {} : { lists: { employment: rows } }),
  });
}

/** Cases of shaanxi/no-employment-ledger, as of 2020-09-30. */
export const noEmploymentLedgerCases: RuleCases = {
  valid: [
    {
      name: 'a head who worked away 8 months is on the ledger',
      data: withLedger([ledgerRow(HEAD_ID)]),
    },
    {
      name: 'a ledger row of an earlier year still counts as being on the ledger',
      data: withLedger([
        ledgerRow(HEAD_ID, {
          startMonth: '2017-03',
          endMonth: '2017-11',
          asOf: '2017-12-31',
        }),
      ]),
    },
    {
      name: 'nobody of the family worked away (0 months), so nobody need be on the ledger',
      data: withLedger([OTHER], headWorked(0)),
    },
    {
      name: 'without the ledger file the head is unknown, never "not on the ledger"',
      data: withLedger(undefined),
      unknown: ['employment (no file)'],
    },
    {
      name: 'a head off the ledger with a blank 务工时间 is unknown for want of it',
      data: withLedger([OTHER], headWorked(undefined)),
      unknown: ['members.migrantMonths'],
    },
  ],
  invalid: [
    {
      name: 'a head who worked away 8 months is off a ledger that lists his spouse',
      data: withLedger([ledgerRow(SPOUSE_ID, { name: '李四' })]),
      findings: [
        { householdId: 'H001', memberId: HEAD_ID, data: { migrantMonths: 8 } },
      ],
    },
    {
      name: 'one month away, the least that counts, is enough to be reported',
      data: withLedger([OTHER], headWorked(1)),
      findings: [
        { householdId: 'H001', memberId: HEAD_ID, data: { migrantMonths: 1 } },
      ],
    },
    {
      name: 'a ledger row of the head dated after the reference date does not count',
      data: withLedger([OTHER, ledgerRow(HEAD_ID, { asOf: '2020-10-10' })]),
      findings: [
        { householdId: 'H001', memberId: HEAD_ID, data: { migrantMonths: 8 } },
      ],
    },
  ],
};
