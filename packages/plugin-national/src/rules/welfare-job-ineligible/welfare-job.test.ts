import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/welfare-job-ineligible/welfare-job';

/** The clean family's head as a welfare-job holder, with changed fields. */
function holder(overrides: Partial<Member>): Member {
  return member({ publicWelfareJob: true, migrantMonths: 0, ...overrides });
}

function run(overrides: Partial<Member>) {
  const members = [holder(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a welfare-job holder on the 70th birthday', async () => {
    const { findings } = await run({ birthDate: '1950-09-30' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: holder({ birthDate: '1950-09-30' }).idNumber,
      category: 'measure-gap',
      indicator: 'employment',
      severity: 'medium',
      department: '人力资源和社会保障部门',
      action: '核实',
      message:
        '公益岗位人员 70 周岁，劳动技能为「普通劳动力」，不符合聘用年龄或劳动能力条件',
    });
  });

  it('does not fire at 69 on the day before the 70th birthday', async () => {
    const { findings, stats } = await run({ birthDate: '1950-10-01' });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not fire on the 16th birthday, and fires the day before', async () => {
    const at = await run({ birthDate: '2004-09-30' });
    const before = await run({ birthDate: '2004-10-01' });

    expect(at.findings).toHaveLength(0);
    expect(before.findings.map((f) => f.message)).toEqual([
      '公益岗位人员 15 周岁，劳动技能为「普通劳动力」，不符合聘用年龄或劳动能力条件',
    ]);
  });

  it('fires for a member of working age who cannot work', async () => {
    const { findings } = await run({ labour: '丧失劳动力' });

    expect(findings.map((f) => f.message)).toEqual([
      '公益岗位人员 45 周岁，劳动技能为「丧失劳动力」，不符合聘用年龄或劳动能力条件',
    ]);
  });

  it('does not judge a member who holds no such post', async () => {
    const { findings } = await run({
      publicWelfareJob: false,
      labour: '无劳动力',
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the age cannot be told', async () => {
    const { findings, stats } = await run({
      birthDate: undefined,
      idNumber: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
  });

  it('still fires without an age when the member cannot work', async () => {
    const { findings } = await run({
      birthDate: undefined,
      idNumber: undefined,
      labour: '无劳动力',
    });

    expect(findings.map((f) => f.message)).toEqual([
      '公益岗位人员 未知 周岁，劳动技能为「无劳动力」，不符合聘用年龄或劳动能力条件',
    ]);
  });
});
