import type { ListTables, MedicalInsuranceRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { medicalRow } from '../../testing/benefit-rows.js';
import { dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enjoyed-not-recorded/medical-insurance';

/** The clean family of four; the spouse is the one the tests change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(flags: Partial<Member>, lists?: ListTables) {
  const members = [head, { ...spouse, ...flags }, ...children];

  return runRule(national, RULE, dataset({ members, lists }));
}

/** The medical-insurance list with one row about the spouse. */
function spouseRow(
  overrides: Partial<MedicalInsuranceRecord> = {},
): ListTables {
  return { medicalInsurance: [medicalRow(spouse, overrides)] };
}

const NONE = { residentMedical: false, employeeMedical: false };

describe(RULE, () => {
  it('fires for resident insurance of this year the registry does not record', async () => {
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
        '医保部门名单显示参加城乡居民基本医疗保险 2020 年度，系统中「是否参加城乡居民基本医疗保险」为否、「是否参加城镇职工基本医疗保险」为否',
    });
    expect(stats.passed).toBe(3);
  });

  it('is silent when the registry records the scheme', async () => {
    const { findings, stats } = await run({}, spouseRow());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('reads only the reference date’s year; a blank year counts for it', async () => {
    const lastYear = await run(NONE, spouseRow({ year: 2019 }));
    const blank = await run(NONE, spouseRow({ year: undefined }));

    expect(lastYear.findings).toHaveLength(0);
    expect(blank.findings.map((f) => f.message)).toEqual([
      '医保部门名单显示参加城乡居民基本医疗保险，系统中「是否参加城乡居民基本医疗保险」为否、「是否参加城镇职工基本医疗保险」为否',
    ]);
  });

  it('fires for employee insurance while the registry records only the resident scheme', async () => {
    const { findings } = await run(
      {},
      spouseRow({ scheme: '职工基本医疗保险' }),
    );

    expect(findings).toHaveLength(1);
  });

  it('counts a row without a scheme only against a registry with no insurance', async () => {
    const unnamed = spouseRow({ scheme: undefined });
    const none = await run(NONE, unnamed);
    const resident = await run({}, unnamed);

    expect(none.findings.map((f) => f.message)).toEqual([
      '医保部门名单显示参加基本医疗保险（险种未填） 2020 年度，系统中「是否参加城乡居民基本医疗保险」为否、「是否参加城镇职工基本医疗保险」为否',
    ]);
    expect(resident.findings).toHaveLength(0);
  });

  it('does not count insurance the list shows stopped (停保)', async () => {
    const { findings } = await run(NONE, spouseRow({ status: '停保' }));

    expect(findings).toHaveLength(0);
  });

  it('ignores a row dated after the reference date', async () => {
    const { findings, stats } = await run(NONE, {
      medicalInsurance: [
        medicalRow(outsider()),
        medicalRow(spouse, { asOf: '2020-10-01' }),
      ],
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown, not silent, when the medical-insurance list is absent', async () => {
    const { findings, stats } = await run(NONE);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'medicalInsurance (no file)': 4 });
  });
});
