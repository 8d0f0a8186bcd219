import type { Member, PublicSecurityRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/deceased-member/moved-out';

/** The family's son of 17, whose register row each test sets. */
const son = family()[3] as Member;

/**
 * A row of the public-security list about the son; `null` stands for a
 * blank 变动日期.
 */
function row(
  changedOn: string | null,
  overrides: Partial<PublicSecurityRecord> = {},
): PublicSecurityRecord {
  return {
    idNumber: son.idNumber,
    name: son.name,
    status: '迁出',
    changedOn,
    asOf: '2020-09-30',
    ...overrides,
  };
}

function run(publicSecurity?: PublicSecurityRecord[]) {
  return runRule(
    national,
    RULE,
    dataset({ ...(publicSecurity ? { lists: { publicSecurity } } : {}) }),
  );
}

describe(RULE, () => {
  it('fires for a member who moved away on the reference date', async () => {
    const { findings } = await run([row('2020-09-30')]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: son.idNumber,
      category: 'data-error',
      indicator: 'identity',
      severity: 'low',
      action: '核实',
      message:
        '公安户籍状态为「迁出」，变动日期为「2020-09-30」，仍登记为家庭成员',
    });
  });

  it('does not fire for a move dated the day after', async () => {
    const { findings } = await run([row('2020-10-01')]);

    expect(findings).toHaveLength(0);
  });

  it('fires for a move without a date', async () => {
    const { findings } = await run([row(null)]);

    expect(findings).toHaveLength(1);
  });

  it('does not fire when a later row shows the member registered again', async () => {
    const { findings } = await run([
      row('2019-08-20', { asOf: '2019-12-31' }),
      row(null, { status: '正常', asOf: '2020-09-01' }),
    ]);

    expect(findings).toHaveLength(0);
  });

  it('ignores a move on a row dated after the reference date', async () => {
    const { findings } = await run([
      row(null, { status: '正常', asOf: '2020-09-01' }),
      row('2020-09-25', { asOf: '2020-10-08' }),
    ]);

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the latest rows of one day disagree', async () => {
    const { findings, stats } = await run([
      row('2020-09-01'),
      row(null, { status: '正常' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown when no public-security list is given', async () => {
    const { stats } = await run();

    expect(stats.unknown).toBe(4);
  });
});
