import type { CivilAffairsRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { assistanceRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/extreme-poverty';

/** The clean family of four; the head is recorded as 特困供养. */
const [head, ...others] = family() as [Member, ...Member[]];

function run(lists?: ListTables) {
  const members = [{ ...head, extremePoverty: true }, ...others];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The civil-affairs list with one 特困供养 row about the head. */
function headRow(overrides: Partial<CivilAffairsRecord> = {}): ListTables {
  const row = { assistanceType: '特困供养' as const, start: '2018-01-01' };

  return { civilAffairs: [assistanceRow(head, { ...row, ...overrides })] };
}

describe(RULE, () => {
  it('fires when the provided list does not name the member', async () => {
    const { findings, stats } = await run({
      civilAffairs: [assistanceRow(outsider(), { assistanceType: '特困供养' })],
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: head.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '民政部门',
      action: '核实',
      message:
        '系统中「是否特困供养」为是，民政部门名单未显示在享特困供养（名单中特困供养记录：无）',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the list shows the support in force', async () => {
    const { findings, stats } = await run(headRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires for support that ended the day before the reference date, not on it', async () => {
    const before = await run(headRow({ end: '2020-09-29' }));
    const on = await run(headRow({ end: '2020-09-30' }));

    expect(before.findings.map((f) => f.message)).toEqual([
      '系统中「是否特困供养」为是，民政部门名单未显示在享特困供养（名单中特困供养记录：2018-01-01 至 2020-09-29）',
    ]);
    expect(on.findings).toHaveLength(0);
  });

  it('ignores a row about the member dated after the reference date', async () => {
    const { findings } = await run({
      civilAffairs: [
        assistanceRow(outsider(), { assistanceType: '特困供养' }),
        ...(headRow({ asOf: '2020-10-01' }).civilAffairs ?? []),
      ],
    });

    expect(findings.map((f) => f.message)).toEqual([
      '系统中「是否特困供养」为是，民政部门名单未显示在享特困供养（名单中特困供养记录：无）',
    ]);
  });

  it('is unknown, not fired, when the only row is dated after the reference date', async () => {
    const { findings, stats } = await run(headRow({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'civilAffairs (no rows in force)': 1 });
  });

  it('is unknown, not fired, when the civil-affairs list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'civilAffairs (no file)': 1 });
  });
});
