import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/both-insured';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a member in both basic medical insurances', async () => {
    const { findings } = await runHead({
      residentMedical: true,
      employeeMedical: true,
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: member().idNumber,
      indicator: 'medical',
      severity: 'low',
      department: '医疗保障部门',
      message: '同时登记参加城乡居民基本医疗保险和城镇职工基本医疗保险',
    });
  });

  it('does not fire for employee insurance alone', async () => {
    const { findings, stats } = await runHead({
      residentMedical: false,
      employeeMedical: true,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown when one insurance cell is blank', async () => {
    const { findings, stats } = await runHead({
      residentMedical: true,
      employeeMedical: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.employeeMedical': 1 });
  });
});
