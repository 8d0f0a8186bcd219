import type { Member, PublicSecurityRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/deceased-member/death';

/** The head's spouse, whose register row each test sets. */
const spouse = family()[1] as Member;

/**
 * A row of the public-security list about the spouse; `null` stands for a
 * blank 变动日期.
 */
function row(
  changedOn: string | null,
  overrides: Partial<PublicSecurityRecord> = {},
): PublicSecurityRecord {
  return {
    idNumber: spouse.idNumber,
    name: spouse.name,
    status: '死亡注销',
    changedOn,
    asOf: '2020-09-30',
    ...overrides,
  };
}

function run(publicSecurity?: PublicSecurityRecord[], asOf?: string) {
  return runRule(
    national,
    RULE,
    dataset({ ...(publicSecurity ? { lists: { publicSecurity } } : {}) }),
    asOf,
  );
}

describe(RULE, () => {
  it('fires for a member deregistered on death on the reference date', async () => {
    const { findings, stats } = await run([row('2020-09-30')]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: spouse.idNumber,
      category: 'data-error',
      indicator: 'identity',
      severity: 'medium',
      message:
        '公安户籍状态为「死亡注销」，变动日期为「2020-09-30」，仍登记为家庭成员',
    });
    // The other three are not on the list: known, and no finding.
    expect(stats.passed).toBe(3);
  });

  it('does not fire for a death dated the day after the reference date', async () => {
    const { findings, stats } = await run([row('2020-10-01')]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires without a 变动日期: the row itself is dated no later than the reference date', async () => {
    const { findings } = await run([row(null, { asOf: '2020-09-15' })]);

    expect(findings.map((f) => f.message)).toEqual([
      '公安户籍状态为「死亡注销」，变动日期为「空」，仍登记为家庭成员',
    ]);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings } = await run([row('2020-09-20', { asOf: '2020-10-05' })]);

    expect(findings).toHaveLength(0);
  });

  it('takes a month-only date as before the reference date only when its whole month is', async () => {
    const monthEnd = await run([row('2020-09', { asOf: '2020-09-30' })]);
    const midMonth = await run(
      [row('2020-09', { asOf: '2020-09-15' })],
      '2020-09-15',
    );
    const lastMonth = await run(
      [row('2020-08', { asOf: '2020-09-15' })],
      '2020-09-15',
    );

    expect(monthEnd.findings).toHaveLength(1);
    expect(midMonth.findings).toHaveLength(0);
    expect(midMonth.stats.unknown).toBe(1);
    expect(lastMonth.findings).toHaveLength(1);
  });

  it('does not fire for 正常 or 迁出', async () => {
    const normal = await run([row(null, { status: '正常' })]);
    const moved = await run([row('2020-06-01', { status: '迁出' })]);

    expect(normal.findings).toHaveLength(0);
    expect(moved.findings).toHaveLength(0);
  });

  it('is unknown for every member when no public-security list is given', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(Object.keys(stats.missing)).toEqual(['publicSecurity (no file)']);
  });
});
