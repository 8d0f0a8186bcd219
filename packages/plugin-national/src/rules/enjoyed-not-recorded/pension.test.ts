import type { ListTables, Member, PensionRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { pensionRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/pension';

/** The clean family of four; the spouse is the one the tests change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(flags: Partial<Member>, lists?: ListTables) {
  const members = [head, { ...spouse, ...flags }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The pension list with one row about the spouse. */
function spouseRow(overrides: Partial<PensionRecord> = {}): ListTables {
  return { pension: [pensionRow(spouse, overrides)] };
}

const NONE = { residentPension: false, employeePension: false };

describe(RULE, () => {
  it('fires for resident pension insurance the registry does not record', async () => {
    const { findings, stats } = await run(NONE, spouseRow());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: spouse.idNumber,
      category: 'data-error',
      indicator: 'consistency',
      severity: 'low',
      department: '扶贫部门',
      action: '补录',
      message:
        '人社部门名单显示参加城乡居民基本养老保险，系统中「是否参加城乡居民基本养老保险」为否、「是否参加城镇职工基本养老保险」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('fires for employee insurance while the registry records only the resident scheme', async () => {
    const { findings } = await run(
      {},
      spouseRow({ scheme: '城镇职工基本养老保险' }),
    );

    expect(findings.map((f) => f.message)).toEqual([
      '人社部门名单显示参加城镇职工基本养老保险，系统中「是否参加城乡居民基本养老保险」为是、「是否参加城镇职工基本养老保险」为否',
    ]);
  });

  it('counts a row without a scheme only against a registry with no pension at all', async () => {
    const unnamed = spouseRow({ scheme: undefined });
    const none = await run(NONE, unnamed);
    const resident = await run({}, unnamed);

    expect(none.findings.map((f) => f.message)).toEqual([
      '人社部门名单显示参加基本养老保险（险种未填），系统中「是否参加城乡居民基本养老保险」为否、「是否参加城镇职工基本养老保险」为否',
    ]);
    expect(resident.findings).toHaveLength(0);
    expect(resident.stats.passed).toBe(4);
  });

  it('is silent when the registry records the scheme the list shows', async () => {
    const { findings, stats } = await run({}, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not count insurance the list shows stopped (停保)', async () => {
    const stopped = await run(NONE, spouseRow({ status: '停保' }));
    const latest = await run(NONE, {
      pension: [
        pensionRow(spouse, { asOf: '2020-06-30' }),
        pensionRow(spouse, { status: '停保' }),
      ],
    });

    expect(stopped.findings).toHaveLength(0);
    expect(latest.findings).toHaveLength(0);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(NONE, {
      pension: [
        pensionRow(outsider()),
        pensionRow(spouse, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown, not silent, when the pension list is absent', async () => {
    const { findings, stats } = await run(NONE);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'pension (no file)': 4 });
  });

  it('is unknown when the insurance status is blank', async () => {
    const { findings, stats } = await run(
      NONE,
      spouseRow({ status: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
