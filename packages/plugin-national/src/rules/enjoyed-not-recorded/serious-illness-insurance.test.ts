import type { ListTables, MedicalInsuranceRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { medicalRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/serious-illness-insurance';

/** The clean family of four; the spouse is the one the tests change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(flag: boolean | undefined, lists?: ListTables) {
  const members = [
    head,
    { ...spouse, seriousIllnessInsurance: flag },
    ...children,
  ];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The medical-insurance list with one row about the spouse. */
function spouseRow(
  overrides: Partial<MedicalInsuranceRecord> = {},
): ListTables {
  return { medicalInsurance: [medicalRow(spouse, overrides)] };
}

describe(RULE, () => {
  it('fires for serious-illness insurance the registry does not record', async () => {
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
        '医保部门名单显示参加大病保险（参保险种：城乡居民基本医疗保险 2020 年度），系统中「是否参加大病保险」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the registry records it', async () => {
    const { findings, stats } = await run(true, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is silent when the row is without 大病保险, stopped, or of last year', async () => {
    const cases: Partial<MedicalInsuranceRecord>[] = [
      { seriousIllness: false },
      { status: '停保' },
      { year: 2019 },
    ];
    for (const overrides of cases) {
      const { findings } = await run(false, spouseRow(overrides));

      expect(findings, JSON.stringify(overrides)).toHaveLength(0);
    }
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(false, {
      medicalInsurance: [
        medicalRow(outsider()),
        medicalRow(spouse, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown, not silent, when the medical-insurance list is absent', async () => {
    const { findings, stats } = await run(false);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'medicalInsurance (no file)': 1 });
  });

  it('is unknown when the row leaves 大病保险 blank', async () => {
    const { findings, stats } = await run(
      false,
      spouseRow({ seriousIllness: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
