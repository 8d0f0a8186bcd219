import type { ListTables, Member, PensionRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { pensionRow } from '../../testing/benefit-rows.js';
import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/pension';

/**
 * The clean family of four: head and spouse recorded in resident pension
 * insurance, the children in none.
 */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(lists?: ListTables, flags: Partial<Member> = {}) {
  const members = [head, { ...spouse, ...flags }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The pension list: the head insured, and one row about the spouse. */
function rows(overrides?: Partial<PensionRecord>): ListTables {
  const spouseRows = overrides ? [pensionRow(spouse, overrides)] : [];

  return { pension: [pensionRow(head), ...spouseRows] };
}

const message = (schemes: string) =>
  `系统中「是否参加城乡居民基本养老保险」为是、「是否参加城镇职工基本养老保险」为否，人社部门名单显示参保的险种：${schemes}`;

describe(RULE, () => {
  it('fires when the provided list does not name the member', async () => {
    const { findings, stats } = await run(rows());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: spouse.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '人力资源和社会保障部门',
      action: '核实',
      message: message('无'),
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the list shows the recorded scheme insured', async () => {
    const { findings, stats } = await run(rows({}));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires when the list shows only another scheme', async () => {
    const { findings } = await run(rows({ scheme: '城镇职工基本养老保险' }));

    expect(findings.map((f) => f.message)).toEqual([
      message('城镇职工基本养老保险'),
    ]);
  });

  it('takes a row without a scheme for either scheme', async () => {
    const { findings } = await run(rows({ scheme: undefined }));

    expect(findings).toHaveLength(0);
  });

  it('fires when the latest row says the insurance stopped (停保)', async () => {
    const { findings } = await run({
      pension: [
        pensionRow(head),
        pensionRow(spouse, { asOf: '2020-06-30' }),
        pensionRow(spouse, { status: '停保' }),
      ],
    });

    expect(findings.map((f) => f.message)).toEqual([message('无')]);
  });

  it('fires for employee insurance the list does not show', async () => {
    const { findings } = await run(rows({}), { employeePension: true });

    expect(findings.map((f) => f.message)).toEqual([
      '系统中「是否参加城乡居民基本养老保险」为是、「是否参加城镇职工基本养老保险」为是，人社部门名单显示参保的险种：城乡居民基本养老保险',
    ]);
  });

  it('fires when the only row is dated after the reference date', async () => {
    const { findings } = await run(rows({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(1);
  });

  it('is unknown, not fired, when the pension list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(2);
    expect(stats.missing).toEqual({ 'pension (no file)': 2 });
    expect(stats.passed).toBe(2);
  });
});
