import type { EducationRecord, Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

/** A boy of 13 on the reference date. */
const boy = child({ birthDate: '2007-04-02', sex: '男' });

/** A girl of 7 on the reference date. */
const girl = child({ birthDate: '2013-06-01', sex: '女' });

/** A row of the education roll: 在读 in 初中, as of 2020-09-01. */
function roll(
  pupil: Member,
  overrides: Partial<EducationRecord> = {},
): EducationRecord {
  return {
    idNumber: pupil.idNumber,
    name: pupil.name,
    school: '哑柏镇初级中学',
    stage: '初中',
    grade: '初一',
    status: '在读',
    asOf: '2020-09-01',
    ...overrides,
  };
}

/** The parents and one child as the registry records it, with the roll. */
function withRoll(pupil: Member, education: EducationRecord[]) {
  const members = [...family().slice(0, 2), pupil];

  return dataset({ members, lists: { education } });
}

/** Cases of national/enrolment-mismatch/enrolled-not-recorded, on 2020-09-30. */
export const enrolledNotRecordedCases: RuleCases = {
  valid: [
    {
      name: 'a pupil on the roll whom the registry records in 初中',
      data: withRoll({ ...boy, schoolStatus: '初中' }, [roll(boy)]),
    },
    {
      name: 'a pupil the roll shows 休学 is not counted as enrolled',
      data: withRoll({ ...boy, schoolStatus: '失学辍学' }, [
        roll(boy, { status: '休学' }),
      ]),
    },
    {
      name: 'an 在读 row dated after the reference date does not override the 辍学 row in force',
      data: withRoll({ ...boy, schoolStatus: '失学辍学' }, [
        roll(boy, { status: '辍学', asOf: '2020-06-30' }),
        roll(boy, { asOf: '2020-10-01' }),
      ]),
    },
    {
      name: 'a pupil 在读 on the roll with a blank school status in the registry is unknown',
      data: withRoll({ ...boy, schoolStatus: undefined }, [roll(boy)]),
      unknown: ['members.schoolStatus'],
    },
  ],
  invalid: [
    {
      name: 'a pupil 在读 on the roll whom the registry records as 失学辍学',
      data: withRoll({ ...boy, schoolStatus: '失学辍学' }, [roll(boy)]),
      findings: [
        {
          householdId: 'H001',
          memberId: boy.idNumber,
          message:
            '教育学籍中学籍状态为「在读」（学段「初中」），在校生状况却登记为「失学辍学」',
          data: {
            educationStatus: '在读',
            educationStage: '初中',
            schoolStatus: '失学辍学',
          },
        },
      ],
    },
    {
      name: 'a pupil 在读 on the roll whose school status the registry leaves as none',
      data: withRoll({ ...boy, schoolStatus: null }, [roll(boy)]),
      findings: [
        {
          householdId: 'H001',
          memberId: boy.idNumber,
          data: { educationStatus: '在读', schoolStatus: null },
        },
      ],
    },
    {
      name: 'a girl of 7 在读 in 小学 on the roll whom the registry records as 学龄前儿童',
      data: withRoll({ ...girl, schoolStatus: '学龄前儿童' }, [
        roll(girl, {
          school: '哑柏镇中心小学',
          stage: '小学',
          grade: '一年级',
        }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: girl.idNumber,
          data: {
            educationStatus: '在读',
            educationStage: '小学',
            schoolStatus: '学龄前儿童',
          },
        },
      ],
    },
  ],
};
