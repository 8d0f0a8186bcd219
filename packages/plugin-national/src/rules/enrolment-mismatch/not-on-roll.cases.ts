import type { EducationRecord, Member, RuleCases } from '@duibiao/core';
import { child, dataset, family, outsider } from '@duibiao/plugin-sdk';

/** The family's pupil of 10 (小学) and student of 17 (普通高中). */
const [, , pupil, student] = family() as [Member, Member, Member, Member];

/** A row of the education roll about a member, in 在读 on 2020-09-01. */
const row = (
  member: Member,
  overrides: Partial<EducationRecord> = {},
): EducationRecord => ({
  idNumber: member.idNumber,
  name: member.name,
  school: '哑柏镇中心小学',
  stage: member.schoolStatus ?? undefined,
  grade: '四年级',
  status: '在读',
  asOf: '2020-09-01',
  ...overrides,
});

/** The family, or the members given, with the education rows given. */
const withRoll = (education?: EducationRecord[], members = family()) =>
  dataset({ members, ...(education ? { lists: { education } } : {}) });

/** A row about someone of no household of the data set. */
const OTHER = row(outsider(), { stage: '小学' });

/**
 * Cases of national/enrolment-mismatch/not-on-roll, on the reference date
 * 2020-09-30.
 */
export const notOnRollCases: RuleCases = {
  valid: [
    {
      name: 'a pupil and a student both on the roll',
      data: withRoll([row(pupil), row(student)]),
    },
    {
      name: 'a pupil on the roll as 辍学 is on the roll: another rule compares the status',
      data: withRoll([row(pupil, { status: '辍学' }), row(student)]),
    },
    {
      name: 'a pupil whose row is dated on the reference date is on the roll that day',
      data: withRoll([row(pupil, { asOf: '2020-09-30' }), row(student)]),
    },
    {
      name: 'a student of 17 at 高职高专 is not looked for on the primary and secondary roll',
      data: withRoll(
        [OTHER],
        [...family().slice(0, 2), { ...student, schoolStatus: '高职高专' }],
      ),
    },
    {
      name: 'the pupil and the student are unknown when no education list was given',
      data: withRoll(),
      unknown: ['education (no file)'],
    },
    {
      name: 'the pupil and the student are unknown when the roll has no rows in force',
      data: withRoll([row(student, { asOf: '2020-10-01' })]),
      unknown: ['education (no rows in force)'],
    },
    {
      name: 'a pupil without an ID number cannot be looked up and is unknown',
      data: withRoll(
        [OTHER],
        [...family().slice(0, 2), child({ idNumber: undefined })],
      ),
      unknown: ['members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a pupil of 小学 whom the roll, naming only the student, leaves out',
      data: withRoll([row(student)]),
      findings: [
        {
          householdId: 'H001',
          memberId: pupil.idNumber,
          message: '在校生状况登记为「小学」，教育学籍中没有该生的学籍记录',
          data: { schoolStatus: '小学' },
        },
      ],
    },
    {
      name: 'a pupil whose only row is dated the day after the reference date',
      data: withRoll([row(pupil, { asOf: '2020-10-01' }), row(student)]),
      findings: [{ householdId: 'H001', memberId: pupil.idNumber }],
    },
    {
      name: 'a 中职 student of 17 missing from a roll that names nobody of the household',
      data: withRoll(
        [OTHER],
        [...family().slice(0, 2), { ...student, schoolStatus: '中职' }],
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: student.idNumber,
          data: { schoolStatus: '中职' },
        },
      ],
    },
  ],
};
