import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/uninsured-medical';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

function baby(birthDate: string): Member {
  return child({
    birthDate,
    sex: '男',
    schoolStatus: '学龄前儿童',
    residentMedical: false,
    employeeMedical: false,
    seriousIllnessInsurance: false,
  });
}

function runBaby(birthDate: string) {
  const members = [...family(), baby(birthDate)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a head of 45 in neither medical insurance', async () => {
    const { findings } = await runHead({ residentMedical: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: member().idNumber,
      category: 'policy-gap',
      indicator: 'medical',
      severity: 'high',
      department: '医疗保障部门',
      message:
        '45 周岁，未参加城乡居民基本医疗保险，也未参加城镇职工基本医疗保险',
    });
  });

  it('does not fire for a member in employee medical insurance only', async () => {
    const { findings, stats } = await runHead({
      residentMedical: false,
      employeeMedical: true,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('exempts a newborn of 11 months', async () => {
    const { findings, stats } = await runBaby('2019-10-30');

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(0);
    expect(stats.passed).toBe(5);
  });

  it('fires for a child of exactly one year', async () => {
    const { findings } = await runBaby('2019-09-30');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: baby('2019-09-30').idNumber,
      message:
        '1 周岁，未参加城乡居民基本医疗保险，也未参加城镇职工基本医疗保险',
    });
  });

  it('is unknown, not silent, when resident insurance is blank', async () => {
    const { findings, stats } = await runHead({ residentMedical: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.residentMedical': 1 });
  });
});
