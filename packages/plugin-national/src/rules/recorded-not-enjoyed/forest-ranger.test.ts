import type { ForestryRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { rangerRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/forest-ranger';

/** The clean family of four; the head is recorded as a ranger. */
const [head, ...others] = family() as [Member, ...Member[]];

function run(lists?: ListTables) {
  const members = [{ ...head, forestRanger: true }, ...others];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The forestry list with one contract of the head. */
function headRow(overrides: Partial<ForestryRecord> = {}): ListTables {
  return { forestry: [rangerRow(head, overrides)] };
}

describe(RULE, () => {
  it('fires when the provided list does not name the member', async () => {
    const { findings, stats } = await run({
      forestry: [rangerRow(outsider())],
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: head.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '林业部门',
      action: '核实',
      message:
        '系统中「是否生态护林员」为是，林业部门名单未显示在聘生态护林员（名单中聘用记录：无）',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the list shows a contract in force', async () => {
    const { findings, stats } = await run(headRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires for a contract that ended the day before the reference date, not on it', async () => {
    const before = await run(headRow({ end: '2020-09-29' }));
    const on = await run(headRow({ end: '2020-09-30' }));

    expect(before.findings.map((f) => f.message)).toEqual([
      '系统中「是否生态护林员」为是，林业部门名单未显示在聘生态护林员（名单中聘用记录：2019-01-01 至 2020-09-29）',
    ]);
    expect(on.findings).toHaveLength(0);
  });

  it('is silent when a renewed contract follows an ended one', async () => {
    const lists = {
      forestry: [
        rangerRow(head, { end: '2019-12-31' }),
        rangerRow(head, { start: '2020-01-01' }),
      ],
    };
    const { findings } = await run(lists);

    expect(findings).toHaveLength(0);
  });

  it('ignores a row about the member dated after the reference date', async () => {
    const { findings } = await run({
      forestry: [
        rangerRow(outsider()),
        rangerRow(head, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings.map((f) => f.message)).toEqual([
      '系统中「是否生态护林员」为是，林业部门名单未显示在聘生态护林员（名单中聘用记录：无）',
    ]);
  });

  it('is unknown, not fired, when the only row is dated after the reference date', async () => {
    const { findings, stats } = await run(headRow({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'forestry (no rows in force)': 1 });
  });

  it('is unknown, not fired, when the forestry list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'forestry (no file)': 1 });
  });

  it('is unknown when the contract has no start date', async () => {
    const { findings, stats } = await run(headRow({ start: undefined }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
