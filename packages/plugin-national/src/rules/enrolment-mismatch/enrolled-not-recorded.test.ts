import type { EducationRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enrolment-mismatch/enrolled-not-recorded';

/** A boy of 13, whose school status each test sets. */
const boy = child({ birthDate: '2007-04-02', sex: '男' });

function row(overrides: Partial<EducationRecord> = {}) {
  return {
    idNumber: boy.idNumber,
    name: boy.name,
    school: '哑柏镇初级中学',
    stage: '初中',
    grade: '初一',
    status: '在读',
    asOf: '2020-09-01',
    ...overrides,
  } satisfies EducationRecord;
}

function run(
  education: EducationRecord[] | undefined,
  member: Partial<Member>,
) {
  const members = [...family().slice(0, 2), { ...boy, ...member }];

  return runRule(
    national,
    RULE,
    dataset({ members, ...(education ? { lists: { education } } : {}) }),
  );
}

describe(RULE, () => {
  it('fires when the roll says 在读 and the registry 失学辍学', async () => {
    const { findings, all } = await run([row()], {
      schoolStatus: '失学辍学',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: boy.idNumber,
      category: 'data-error',
      indicator: 'education',
      severity: 'medium',
      action: '补正',
      message:
        '教育学籍中学籍状态为「在读」（学段「初中」），在校生状况却登记为「失学辍学」',
    });
    // The registry's wrong status also raises the dropout this explains.
    expect(all.filter((f) => f.ruleId === 'national/dropout')).toHaveLength(1);
  });

  it('fires when the registry leaves the school status blank', async () => {
    const { findings } = await run([row()], { schoolStatus: null });

    expect(findings.map((f) => f.message)).toEqual([
      '教育学籍中学籍状态为「在读」（学段「初中」），在校生状况却登记为「空」',
    ]);
  });

  it('does not fire when the registry records a school stage', async () => {
    const { findings } = await run([row()], { schoolStatus: '初中' });

    expect(findings).toHaveLength(0);
  });

  it('does not fire for 休学 or 送教上门 on the roll', async () => {
    for (const status of ['休学', '送教上门'] as const) {
      const { findings } = await run([row({ status })], {
        schoolStatus: '失学辍学',
      });

      expect(findings, status).toHaveLength(0);
    }
  });

  it('ignores an 在读 row dated after the reference date', async () => {
    const { findings } = await run(
      [
        row({ status: '辍学', asOf: '2020-06-30' }),
        row({ asOf: '2020-10-01' }),
      ],
      { schoolStatus: '失学辍学' },
    );

    expect(findings).toHaveLength(0);
  });

  it('is unknown when no education list is given', async () => {
    const { findings, stats } = await run(undefined, {
      schoolStatus: '失学辍学',
    });

    expect(findings).toHaveLength(0);
    // Nobody can be compared: the two adults are not students either.
    expect(stats.unknown).toBe(3);
  });
});
