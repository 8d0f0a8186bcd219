import type { CivilAffairsRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { assistanceRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/minimum-living';

/** The clean family of four; the spouse is the one the tests change. */
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
  it('fires for 低保 on the list that the registry says is not received', async () => {
    const { findings, stats } = await run(false, spouseRow());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: spouse.idNumber,
      category: 'data-error',
      indicator: 'consistency',
      severity: 'low',
      department: '扶贫部门',
      action: '补录',
      message:
        '民政部门名单显示享受低保（2019-03-01 起），系统中「是否享受低保」为否',
    });
    expect(findings[0]?.message).not.toMatch(/\d{6}/);
    expect(stats.passed).toBe(3);
  });

  it('is silent when the registry records the 低保 the list shows', async () => {
    const { findings, stats } = await run(true, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('counts help ending on the reference date, not the day before', async () => {
    const before = await run(false, spouseRow({ end: '2020-09-29' }));
    const on = await run(false, spouseRow({ end: '2020-09-30' }));

    expect(before.findings).toHaveLength(0);
    expect(before.stats.passed).toBe(4);
    expect(on.findings.map((f) => f.message)).toEqual([
      '民政部门名单显示享受低保（2019-03-01 至 2020-09-30），系统中「是否享受低保」为否',
    ]);
  });

  it('counts help starting on the reference date, not the day after', async () => {
    const on = await run(false, spouseRow({ start: '2020-09-30' }));
    const after = await run(
      false,
      spouseRow({ start: '2020-10-01', asOf: '2020-09-30' }),
    );

    expect(on.findings).toHaveLength(1);
    expect(after.findings).toHaveLength(0);
    expect(after.stats.passed).toBe(4);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(false, {
      civilAffairs: [
        assistanceRow(outsider()),
        assistanceRow(spouse, { asOf: '2020-10-08' }),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not count 特困供养 or 临时救助 as 低保', async () => {
    for (const assistanceType of ['特困供养', '临时救助'] as const) {
      const { findings } = await run(false, spouseRow({ assistanceType }));

      expect(findings, assistanceType).toHaveLength(0);
    }
  });

  it('lets the latest extract of a spell speak', async () => {
    const lists = {
      civilAffairs: [
        assistanceRow(spouse, { asOf: '2020-06-30' }),
        assistanceRow(spouse, { end: '2020-08-31' }),
      ],
    };
    const { findings, stats } = await run(false, lists);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('reads a start known to the month as begun when the whole month is', async () => {
    const { findings } = await run(false, spouseRow({ start: '2020-09' }));

    expect(findings.map((f) => f.message)).toEqual([
      '民政部门名单显示享受低保（2020-09 起），系统中「是否享受低保」为否',
    ]);
  });

  it('is unknown, not silent, when the civil-affairs list is absent', async () => {
    const { findings, stats } = await run(false);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'civilAffairs (no file)': 4 });
  });

  it('is unknown when the registry flag is blank', async () => {
    const { findings, stats } = await run(undefined, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.minimumLiving': 1 });
  });

  it('is unknown when the row has no start date', async () => {
    const { findings, stats } = await run(
      false,
      spouseRow({ start: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
