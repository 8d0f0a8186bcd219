import type { ForestryRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { rangerRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/forest-ranger';

/** The clean family of four; the head is the one the tests change. */
const [head, ...others] = family() as [Member, ...Member[]];

function run(flag: boolean | undefined, lists?: ListTables) {
  const members = [{ ...head, forestRanger: flag }, ...others];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The forestry list with one contract of the head. */
function headRow(overrides: Partial<ForestryRecord> = {}): ListTables {
  return { forestry: [rangerRow(head, overrides)] };
}

describe(RULE, () => {
  it('fires for a ranger contract the registry does not record', async () => {
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
        '林业部门名单显示聘为生态护林员（2019-01-01 起），系统中「是否生态护林员」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the registry records the post', async () => {
    const { findings, stats } = await run(true, headRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('counts a contract ending on the reference date, not the day before', async () => {
    const before = await run(false, headRow({ end: '2020-09-29' }));
    const on = await run(false, headRow({ end: '2020-09-30' }));

    expect(before.findings).toHaveLength(0);
    expect(on.findings.map((f) => f.message)).toEqual([
      '林业部门名单显示聘为生态护林员（2019-01-01 至 2020-09-30），系统中「是否生态护林员」为否',
    ]);
  });

  it('does not count a contract starting after the reference date', async () => {
    const { findings } = await run(
      false,
      headRow({ start: '2020-10-01', asOf: '2020-09-30' }),
    );

    expect(findings).toHaveLength(0);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(false, {
      forestry: [
        rangerRow(outsider()),
        rangerRow(head, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown, not silent, when the forestry list is absent', async () => {
    const { findings, stats } = await run(false);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'forestry (no file)': 4 });
  });

  it('is unknown when the registry flag is blank', async () => {
    const { findings, stats } = await run(undefined, headRow());

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.forestRanger': 1 });
  });
});
