import type { CivilAffairsRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { assistanceRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/minimum-living';

/** The clean family of four; the spouse is recorded on 低保. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(flag: boolean | undefined, lists?: ListTables) {
  const members = [head, { ...spouse, minimumLiving: flag }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The civil-affairs list with one row about the spouse. */
function spouseRow(overrides: Partial<CivilAffairsRecord> = {}): ListTables {
  return { civilAffairs: [assistanceRow(spouse, overrides)] };
}

describe(RULE, () => {
  it('fires for a member on 低保 whom the provided list does not name', async () => {
    const lists = { civilAffairs: [assistanceRow(head)] };
    const { findings, stats } = await run(true, lists);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: spouse.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '民政部门',
      action: '核实',
      message:
        '系统中「是否享受低保」为是，民政部门名单未显示在享低保（名单中低保记录：无）',
    });
    expect(stats.passed).toBe(3);
  });

  it('is unknown, not fired, on an empty list: no rows in force is no evidence', async () => {
    const { findings, stats } = await run(true, { civilAffairs: [] });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'civilAffairs (no rows in force)': 1 });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the list shows the 低保 in force', async () => {
    const { findings, stats } = await run(true, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires for help that ended the day before the reference date, not on it', async () => {
    const before = await run(true, spouseRow({ end: '2020-09-29' }));
    const on = await run(true, spouseRow({ end: '2020-09-30' }));

    expect(before.findings.map((f) => f.message)).toEqual([
      '系统中「是否享受低保」为是，民政部门名单未显示在享低保（名单中低保记录：2019-03-01 至 2020-09-29）',
    ]);
    expect(on.findings).toHaveLength(0);
    expect(on.stats.passed).toBe(4);
  });

  it('ignores a row dated after the reference date', async () => {
    const lists = {
      civilAffairs: [
        assistanceRow(outsider()),
        assistanceRow(spouse, { asOf: '2020-10-08' }),
      ],
    };
    const { findings } = await run(true, lists);

    expect(findings.map((f) => f.message)).toEqual([
      '系统中「是否享受低保」为是，民政部门名单未显示在享低保（名单中低保记录：无）',
    ]);
  });

  it('does not take 特困供养 for 低保', async () => {
    const { findings } = await run(
      true,
      spouseRow({ assistanceType: '特困供养' }),
    );

    expect(findings).toHaveLength(1);
  });

  it('is unknown, not fired, when the civil-affairs list is absent', async () => {
    const { findings, stats } = await run(true);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'civilAffairs (no file)': 1 });
    expect(stats.passed).toBe(3);
  });

  it('is unknown when the kind of help on the row is blank', async () => {
    const { findings, stats } = await run(
      true,
      spouseRow({ assistanceType: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown when the registry flag is blank', async () => {
    const { findings, stats } = await run(undefined, {
      civilAffairs: [assistanceRow(outsider())],
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.minimumLiving': 1 });
  });
});
