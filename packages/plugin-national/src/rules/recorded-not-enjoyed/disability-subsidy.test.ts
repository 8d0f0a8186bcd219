import type { DisabilityRecord, ListTables, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { disabilityRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/disability-subsidy';

/** The clean family of four; the spouse is recorded with the subsidies. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(lists?: ListTables) {
  const members = [head, { ...spouse, disabilitySubsidy: true }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The federation's list with one row about the spouse. */
function spouseRow(overrides: Partial<DisabilityRecord> = {}): ListTables {
  return { disability: [disabilityRow(spouse, overrides)] };
}

const MESSAGE =
  '系统中「是否享受残疾人两项补贴」为是，残联名单未显示享受困难残疾人生活补贴或重度残疾人护理补贴';

describe(RULE, () => {
  it('fires when the provided list does not name the member', async () => {
    const { findings, stats } = await run({
      disability: [disabilityRow(head)],
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: spouse.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'medium',
      department: '残疾人联合会',
      action: '核实',
      message: MESSAGE,
    });
    expect(stats.passed).toBe(3);
  });

  it('fires when the list names the member without either subsidy', async () => {
    const { findings } = await run(spouseRow({ livingSubsidy: false }));

    expect(findings.map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('is silent when the list shows either subsidy', async () => {
    const living = await run(spouseRow());
    const care = await run(
      spouseRow({ livingSubsidy: false, careSubsidy: true }),
    );

    expect(living.findings).toHaveLength(0);
    expect(care.findings).toHaveLength(0);
    expect(care.stats.passed).toBe(4);
  });

  it('fires when the latest extract shows the subsidy stopped', async () => {
    const lists = {
      disability: [
        disabilityRow(spouse, { asOf: '2020-03-31' }),
        disabilityRow(spouse, { livingSubsidy: false }),
      ],
    };
    const { findings } = await run(lists);

    expect(findings).toHaveLength(1);
  });

  it('ignores a row about the member dated after the reference date', async () => {
    const { findings } = await run({
      disability: [
        disabilityRow(outsider()),
        disabilityRow(spouse, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings.map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('is unknown, not fired, when the only row is dated after the reference date', async () => {
    const { findings, stats } = await run(spouseRow({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'disability (no rows in force)': 1 });
  });

  it('is unknown, not fired, when the federation’s list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'disability (no file)': 1 });
  });
});
