import type { EducationRecord, Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

/** The family's pupil of 10, recorded in 小学. */
const pupil = child();

/** The pupil's row of the education roll: 辍学 from 小学, 2020-09-01. */
const row = (overrides: Partial<EducationRecord> = {}): EducationRecord => ({
  idNumber: pupil.idNumber,
  name: pupil.name,
  school: '哑柏镇中心小学',
  stage: '小学',
  grade: '四年级',
  status: '辍学',
  asOf: '2020-09-01',
  ...overrides,
});

/** The parents and the pupil, changed, with the education rows given. */
const withRoll = (
  education?: EducationRecord[],
  overrides: Partial<Member> = {},
) =>
  dataset({
    members: [...family().slice(0, 2), child(overrides)],
    ...(education ? { lists: { education } } : {}),
  });

/**
 * Cases of national/enrolment-mismatch/dropped-out, on the reference date
 * 2020-09-30.
 */
export const droppedOutCases: RuleCases = {
  valid: [
    {
      name: 'a pupil of 小学 whom the roll shows 在读',
      data: withRoll([row({ status: '在读' })]),
    },
    {
      name: 'a child recorded as 失学辍学 agrees with a roll saying 辍学 (national/dropout judges it)',
      data: withRoll([row()], { schoolStatus: '失学辍学' }),
    },
    {
      name: 'a child with a blank school status is not recorded as a student',
      data: withRoll([row()], { schoolStatus: null }),
    },
    {
      name: 'a pupil back in school: the latest row says 在读 after an earlier 辍学',
      data: withRoll([
        row({ asOf: '2020-03-01' }),
        row({ status: '在读', asOf: '2020-09-01' }),
      ]),
    },
    {
      name: 'a 辍学 row dated after the reference date does not count yet',
      data: withRoll([
        row({ status: '在读', asOf: '2020-09-01' }),
        row({ asOf: '2020-10-01' }),
      ]),
    },
    {
      name: 'the pupil is unknown when no education list was given',
      data: withRoll(),
      unknown: ['education (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a pupil recorded in 小学 whom the roll shows 辍学',
      data: withRoll([row()]),
      findings: [
        {
          householdId: 'H001',
          memberId: pupil.idNumber,
          message:
            '教育学籍中学籍状态为「辍学」（学段「小学」），在校生状况却登记为「小学」',
          data: {
            educationStatus: '辍学',
            educationStage: '小学',
            schoolStatus: '小学',
          },
        },
      ],
    },
    {
      name: 'a pupil whose latest row says 辍学 after an earlier 在读',
      data: withRoll([
        row({ status: '在读', asOf: '2020-03-01' }),
        row({ stage: '初中', asOf: '2020-09-01' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: pupil.idNumber,
          data: { educationStatus: '辍学', educationStage: '初中' },
        },
      ],
    },
  ],
};
