import type { EmploymentRecord, Member } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  family,
  outsider,
} from '../../../plugin-national/src/testing/fixtures.js';
import { runRule } from '../../../plugin-national/src/testing/run.js';

const RULE = 'shaanxi/no-employment-ledger';

// The clean family: the head worked away 8 months, the spouse and the two
// children 0.
const [head, spouse] = family() as [Member, Member];
const HEAD_ID = head.idNumber as string;

/** A ledger row of a person, dated 2020-09-15. */
function ledger(
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

/** A row of someone of no household of the data set. */
const OTHER = ledger(outsider().idNumber as string, { name: '王五' });

function run(
  rows: EmploymentRecord[] | undefined,
  members: Member[] = family(),
  asOf?: string,
) {
  const lists = rows === undefined ? undefined : { employment: rows };

  return runRule(shaanxi, RULE, dataset({ members, lists }), asOf);
}

describe(RULE, () => {
  it('fires for a member with migrant months who is not on the ledger', async () => {
    const { findings, stats } = await run([ledger(spouse.idNumber as string)]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      category: 'measure-gap',
      indicator: 'employment',
      severity: 'medium',
      householdId: 'H001',
      memberId: HEAD_ID,
      department: '人力资源和社会保障部门',
      action: '补录',
      basis: '陕脱贫发〔2020〕9号 二（二）',
      message: '务工时间 8 个月，人社就业实名制台账中无此人',
    });
    // The spouse and the children worked 0 months.
    expect(stats.passed).toBe(3);
  });

  it('does not fire for a member on the ledger', async () => {
    const { findings, stats } = await run([ledger(HEAD_ID)]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('counts any row, even of an earlier year', async () => {
    const old = ledger(HEAD_ID, {
      startMonth: '2017-03',
      endMonth: '2017-11',
      asOf: '2017-12-31',
    });
    const { findings } = await run([old]);

    expect(findings).toHaveLength(0);
  });

  it('fires at one month and not at none', async () => {
    const members = family();
    (members[0] as Member).migrantMonths = 1;
    (members[1] as Member).migrantMonths = 0;
    const { findings } = await run([OTHER], members);

    expect(findings.map((f) => f.memberId)).toEqual([HEAD_ID]);
  });

  it('ignores a ledger row dated after the reference date', async () => {
    const { findings } = await run([
      OTHER,
      ledger(HEAD_ID, { asOf: '2020-10-10' }),
    ]);

    expect(findings.map((f) => f.memberId)).toEqual([HEAD_ID]);
  });

  it('is unknown, never "not on the ledger", when the ledger is absent', async () => {
    const { findings, stats } = await run(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.passed).toBe(3);
    expect(stats.missing).toEqual({ 'employment (no file)': 1 });
  });

  it('is unknown when the ledger has no rows in force', async () => {
    const empty = await run([]);
    const later = await run([ledger(HEAD_ID, { asOf: '2020-10-10' })]);

    for (const { findings, stats } of [empty, later]) {
      expect(findings).toHaveLength(0);
      expect(stats.unknown).toBe(1);
      expect(stats.passed).toBe(3);
      expect(stats.missing).toEqual({ 'employment (no rows in force)': 1 });
    }
  });

  it('is unknown when the migrant months or the ID number are blank', async () => {
    const blankMonths = family();
    (blankMonths[0] as Member).migrantMonths = undefined;
    const blankId = family();
    (blankId[0] as Member).idNumber = undefined;

    const months = await run([OTHER], blankMonths);
    const id = await run([OTHER], blankId);

    expect(months.findings).toHaveLength(0);
    expect(months.stats.unknown).toBe(1);
    expect(months.stats.missing).toEqual({ 'members.migrantMonths': 1 });
    expect(id.findings).toHaveLength(0);
    expect(id.stats.unknown).toBe(1);
  });
});
