import type { ListTables, MedicalInsuranceRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { medicalRow } from '../../testing/benefit-rows.js';
import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/serious-illness-insurance';

/** The clean family of four, all recorded in serious-illness insurance. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

function run(lists?: ListTables) {
  return runRule(national, RULE, dataset({ lists }));
}

/** The list: everyone insured but the spouse, and rows about the spouse. */
function rows(...spouseRows: Partial<MedicalInsuranceRecord>[]): ListTables {
  return {
    medicalInsurance: [
      ...[head, ...children].map((member) => medicalRow(member)),
      ...spouseRows.map((overrides) => medicalRow(spouse, overrides)),
    ],
  };
}

const message = (schemes: string) =>
  `系统中「是否参加大病保险」为是，医保部门名单未显示参加大病保险（名单中参保险种：${schemes}）`;

describe(RULE, () => {
  it('fires when the provided list does not name the member', async () => {
    const { findings, stats } = await run(rows());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: spouse.idNumber,
      category: 'policy-gap',
      indicator: 'consistency',
      severity: 'high',
      department: '医疗保障部门',
      action: '核实',
      message: message('无'),
    });
    expect(stats.passed).toBe(3);
  });

  it('fires when the list shows the member insured without 大病保险', async () => {
    const { findings } = await run(rows({ seriousIllness: false }));

    expect(findings.map((f) => f.message)).toEqual([
      message('城乡居民基本医疗保险 2020 年度'),
    ]);
  });

  it('is silent when the list shows 大病保险 this year', async () => {
    const { findings, stats } = await run(rows({}));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires when the only row is of last year or dated after the reference date', async () => {
    const lastYear = await run(rows({ year: 2019 }));
    const later = await run(rows({ asOf: '2020-10-01' }));

    expect(lastYear.findings).toHaveLength(1);
    expect(later.findings).toHaveLength(1);
  });

  it('is unknown, not fired, when the medical-insurance list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'medicalInsurance (no file)': 4 });
  });

  it('is unknown when the row leaves 大病保险 blank', async () => {
    const { findings, stats } = await run(rows({ seriousIllness: undefined }));

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});
