import type { EducationRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family, outsider } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enrolment-mismatch/not-on-roll';

/** The family's pupil of 10 (小学) and student of 17 (普通高中). */
const [, , pupil, student] = family() as [Member, Member, Member, Member];

function row(member: Member, overrides: Partial<EducationRecord> = {}) {
  return {
    idNumber: member.idNumber,
    name: member.name,
    school: '哑柏镇中心小学',
    stage: member.schoolStatus ?? undefined,
    grade: '四年级',
    status: '在读',
    asOf: '2020-09-01',
    ...overrides,
  } satisfies EducationRecord;
}

/** A row about someone of no household of the data set. */
const OTHER = row(outsider(), { stage: '小学' });

function run(members: Member[], education?: EducationRecord[]) {
  return runRule(
    national,
    RULE,
    dataset({ members, ...(education ? { lists: { education } } : {}) }),
  );
}

describe(RULE, () => {
  it('fires for a pupil the education roll does not list', async () => {
    const { findings, stats } = await run(family(), [row(student)]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: pupil.idNumber,
      category: 'policy-gap',
      indicator: 'education',
      severity: 'high',
      message: '在校生状况登记为「小学」，教育学籍中没有该生的学籍记录',
    });
    // The two adults are not students; the student of 17 is on the roll.
    expect(stats.passed).toBe(3);
  });

  it('does not fire for a pupil on the roll, whatever the row says', async () => {
    for (const status of ['在读', '休学', '送教上门', '辍学'] as const) {
      const { findings } = await run(family(), [
        row(pupil, { status }),
        row(student),
      ]);

      expect(findings, status).toHaveLength(0);
    }
  });

  it('judges 小学, 初中, 普通高中 and 中职, not 学前教育, 高职高专 or 本科及以上', async () => {
    const stages = {
      小学: 1,
      初中: 1,
      普通高中: 1,
      中职: 1,
      学前教育: 0,
      高职高专: 0,
      本科及以上: 0,
    } as const;

    for (const [schoolStatus, expected] of Object.entries(stages)) {
      const members = [
        ...family().slice(0, 2),
        child({ schoolStatus: schoolStatus as Member['schoolStatus'] }),
      ];
      const { findings } = await run(members, [OTHER]);

      expect(findings, schoolStatus).toHaveLength(expected);
    }
  });

  it('does not count a row dated after the reference date', async () => {
    const later = await run(family(), [
      row(pupil, { asOf: '2020-10-01' }),
      row(student),
    ]);
    const onTheDay = await run(family(), [
      row(pupil, { asOf: '2020-09-30' }),
      row(student),
    ]);

    expect(later.findings.map((f) => f.memberId)).toEqual([pupil.idNumber]);
    expect(onTheDay.findings).toHaveLength(0);
  });

  it('is unknown for the students, not "not enrolled", when no education list is given', async () => {
    const { findings, stats } = await run(family());

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(2);
    expect(stats.passed).toBe(2);
    expect(Object.keys(stats.missing)).toEqual(['education (no file)']);
  });

  it('is unknown for a pupil without an ID number', async () => {
    const members = [...family().slice(0, 2), child({ idNumber: undefined })];
    const { findings, stats } = await run(members, [OTHER]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.idNumber': 1 });
  });

  it('is unknown for the students, not "not enrolled", when the roll has no rows in force', async () => {
    const empty = await run(family(), []);
    const later = await run(family(), [row(student, { asOf: '2020-10-01' })]);

    for (const { findings, stats } of [empty, later]) {
      expect(findings).toHaveLength(0);
      expect(stats.unknown).toBe(2);
      expect(stats.passed).toBe(2);
      expect(stats.missing).toEqual({ 'education (no rows in force)': 2 });
    }
  });
});
