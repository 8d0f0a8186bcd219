import type { DisabilityRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { disabilityRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/disability-subsidy';

/** The clean family of four; the spouse is the one the tests change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(flag: boolean | undefined, lists?: ListTables) {
  const members = [head, { ...spouse, disabilitySubsidy: flag }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The federation's list with one row about the spouse. */
function spouseRow(overrides: Partial<DisabilityRecord> = {}): ListTables {
  return { disability: [disabilityRow(spouse, overrides)] };
}

describe(RULE, () => {
  it('fires for a subsidy on the list that the registry does not record', async () => {
    const { findings, stats } = await run(false, spouseRow());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: spouse.idNumber,
      category: 'data-error',
      indicator: 'consistency',
      severity: 'low',
      department: '扶贫部门',
      action: '补录',
      message:
        '残联名单显示享受困难残疾人生活补贴，系统中「是否享受残疾人两项补贴」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('names both subsidies when the list shows both', async () => {
    const { findings } = await run(false, spouseRow({ careSubsidy: true }));

    expect(findings.map((f) => f.message)).toEqual([
      '残联名单显示享受困难残疾人生活补贴、重度残疾人护理补贴，系统中「是否享受残疾人两项补贴」为否',
    ]);
  });

  it('is silent when the registry records the subsidy', async () => {
    const { findings, stats } = await run(true, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is silent for a card holder the list shows without either subsidy', async () => {
    const { findings } = await run(false, spouseRow({ livingSubsidy: false }));

    expect(findings).toHaveLength(0);
  });

  it('reads a row dated on the reference date, not one dated the day after', async () => {
    const on = await run(false, spouseRow({ asOf: '2020-09-30' }));
    // Another person's row keeps the list in force without the spouse's.
    const after = await run(false, {
      disability: [
        disabilityRow(outsider()),
        disabilityRow(spouse, { asOf: '2020-10-01' }),
      ],
    });

    expect(on.findings).toHaveLength(1);
    expect(after.findings).toHaveLength(0);
    expect(after.stats.passed).toBe(4);
  });

  it('lets the latest extract speak', async () => {
    const lists = {
      disability: [
        disabilityRow(spouse, { asOf: '2020-03-31' }),
        disabilityRow(spouse, { livingSubsidy: false }),
      ],
    };
    const { findings } = await run(false, lists);

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the federation’s list is absent', async () => {
    const { findings, stats } = await run(false);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'disability (no file)': 4 });
  });

  it('is unknown when the row leaves both subsidies blank', async () => {
    const { findings, stats } = await run(
      false,
      spouseRow({ livingSubsidy: undefined, careSubsidy: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
