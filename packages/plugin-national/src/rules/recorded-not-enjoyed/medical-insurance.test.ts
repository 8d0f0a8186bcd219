import type { ListTables, MedicalInsuranceRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { medicalRow } from '../../testing/benefit-rows.js';
import { dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/recorded-not-enjoyed/medical-insurance';

/** The clean family of four, all recorded in resident insurance. */
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
  `系统中「是否参加城乡居民基本医疗保险」为是、「是否参加城镇职工基本医疗保险」为否，医保部门名单显示参保的险种：${schemes}`;

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

  it('is silent when the list shows the member insured this year', async () => {
    const { findings, stats } = await run(rows({}));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires when the list shows the member insured only last year', async () => {
    const { findings } = await run(rows({ year: 2019 }));

    expect(findings.map((f) => f.message)).toEqual([message('无')]);
  });

  it('fires when the list shows only employee insurance', async () => {
    const { findings } = await run(rows({ scheme: '职工基本医疗保险' }));

    expect(findings.map((f) => f.message)).toEqual([
      message('职工基本医疗保险 2020 年度'),
    ]);
  });

  it('takes a row without a scheme for either scheme', async () => {
    const { findings } = await run(rows({ scheme: undefined }));

    expect(findings).toHaveLength(0);
  });

  it('fires when the latest row says the insurance stopped (停保)', async () => {
    const { findings } = await run(
      rows({ asOf: '2020-03-31' }, { status: '停保' }),
    );

    expect(findings).toHaveLength(1);
  });

  it('fires when the only row is dated after the reference date', async () => {
    const { findings } = await run(rows({ asOf: '2020-10-01' }));

    expect(findings).toHaveLength(1);
  });

  it('is unknown, not fired, when the medical-insurance list is absent', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
    expect(stats.missing).toEqual({ 'medicalInsurance (no file)': 4 });
  });
});
