import type { CivilAffairsRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { assistanceRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/extreme-poverty';

/** The clean family of four; the head is the one the tests change. */
const [head, ...others] = family() as [Member, ...Member[]];

function run(flag: boolean | undefined, lists?: ListTables) {
  const members = [{ ...head, extremePoverty: flag }, ...others];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The civil-affairs list with one 特困供养 row about the head. */
function headRow(overrides: Partial<CivilAffairsRecord> = {}): ListTables {
  const row = { assistanceType: '特困供养' as const, start: '2018-01-01' };

  return { civilAffairs: [assistanceRow(head, { ...row, ...overrides })] };
}

describe(RULE, () => {
  it('fires for 特困供养 on the list that the registry does not record', async () => {
    const { findings, stats } = await run(false, headRow());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: head.idNumber,
      category: 'data-error',
      indicator: 'consistency',
      severity: 'low',
      department: '扶贫部门',
      action: '补录',
      message:
        '民政部门名单显示享受特困供养（2018-01-01 起），系统中「是否特困供养」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the registry records it', async () => {
    const { findings, stats } = await run(true, headRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('counts support ending on the reference date, not the day before', async () => {
    const before = await run(false, headRow({ end: '2020-09-29' }));
    const on = await run(false, headRow({ end: '2020-09-30' }));

    expect(before.findings).toHaveLength(0);
    expect(on.findings).toHaveLength(1);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(false, {
      civilAffairs: [
        assistanceRow(outsider(), { assistanceType: '特困供养' }),
        ...(headRow({ asOf: '2020-10-01' }).civilAffairs ?? []),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not take 低保 for 特困供养', async () => {
    const { findings } = await run(false, headRow({ assistanceType: '低保' }));

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the civil-affairs list is absent', async () => {
    const { findings, stats } = await run(false);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'civilAffairs (no file)': 4 });
  });
});
