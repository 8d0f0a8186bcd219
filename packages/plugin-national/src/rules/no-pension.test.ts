import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/no-pension';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

/** A young member who left school, without pension insurance. */
function youth(birthDate: string): Member {
  return child({
    birthDate,
    sex: '男',
    schoolStatus: null,
    educationLevel: '初中',
    labour: '普通劳动力',
    residentPension: false,
  });
}

function runYouth(birthDate: string) {
  const members = [...family().slice(0, 3), youth(birthDate)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a head of 45 in neither pension insurance', async () => {
    const { findings } = await runHead({ residentPension: false });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: member().idNumber,
      indicator: 'pension',
      severity: 'medium',
      department: '人力资源和社会保障部门',
      message:
        '45 周岁，非在校生，未参加城乡居民基本养老保险，也未参加城镇职工基本养老保险',
    });
  });

  it('does not fire for a member in employee pension insurance', async () => {
    const { findings, stats } = await runHead({
      residentPension: false,
      employeePension: true,
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires on the 16th birthday and not the day before', async () => {
    const at = await runYouth('2004-09-30');
    const before = await runYouth('2004-10-01');

    expect(at.findings).toHaveLength(1);
    expect(at.findings[0]).toMatchObject({
      memberId: youth('2004-09-30').idNumber,
      message:
        '16 周岁，非在校生，未参加城乡居民基本养老保险，也未参加城镇职工基本养老保险',
    });
    expect(before.findings).toHaveLength(0);
  });

  it('leaves a student of 17 alone, but not once he has left school', async () => {
    const student = await runRule(national, RULE, dataset());
    const son = {
      ...(family()[3] as Member),
      schoolStatus: '失学辍学' as const,
    };
    const members = [...family().slice(0, 3), son];
    const leaver = await runRule(national, RULE, dataset({ members }));

    expect(student.findings).toHaveLength(0);
    expect(leaver.findings.map((f) => f.message)).toEqual([
      '17 周岁，非在校生，未参加城乡居民基本养老保险，也未参加城镇职工基本养老保险',
    ]);
  });

  it('is unknown, not silent, when resident pension is blank', async () => {
    const { findings, stats } = await runHead({ residentPension: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.residentPension': 1 });
  });
});
