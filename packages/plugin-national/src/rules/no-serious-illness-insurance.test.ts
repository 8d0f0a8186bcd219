import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/no-serious-illness-insurance';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a resident-insured member without serious-illness insurance', async () => {
    const { findings } = await runHead({ seriousIllnessInsurance: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: member().idNumber,
      indicator: 'medical',
      severity: 'high',
      department: '医疗保障部门',
      message: '已参加城乡居民基本医疗保险，未参加大病保险',
    });
  });

  it('does not fire for a member in employee medical insurance only', async () => {
    const { findings, stats } = await runHead({
      residentMedical: false,
      employeeMedical: true,
      seriousIllnessInsurance: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown, not silent, when serious-illness insurance is blank', async () => {
    const { findings, stats } = await runHead({
      seriousIllnessInsurance: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.seriousIllnessInsurance': 1 });
  });

  it('is unknown when resident insurance is blank', async () => {
    const { findings, stats } = await runHead({
      residentMedical: undefined,
      seriousIllnessInsurance: false,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.residentMedical': 1 });
  });
});
