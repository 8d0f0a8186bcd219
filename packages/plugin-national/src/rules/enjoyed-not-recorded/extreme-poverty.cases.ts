import type {
  CivilAffairsRecord,
  ListTables,
  Member,
  RuleCases,
} from '@duibiao/core';
import { assistanceRow, dataset, family } from '@duibiao/plugin-sdk';

/** The clean family of four; the head is the one the cases change. */
const [head, ...others] = family() as [Member, ...Member[]];

/** The family with the head's 是否特困供养 set, and the lists given. */
function withFlag(flag: boolean | undefined, lists: ListTables) {
  const members = [{ ...head, extremePoverty: flag }, ...others];

  return dataset({ members, lists });
}

/** The civil-affairs list with one 特困供养 row, from 2018-01-01, of the head. */
function headRow(overrides: Partial<CivilAffairsRecord> = {}): ListTables {
  const support = { assistanceType: '特困供养' as const, start: '2018-01-01' };

  return { civilAffairs: [assistanceRow(head, { ...support, ...overrides })] };
}

/** Cases of national/enjoyed-not-recorded/extreme-poverty, on 2020-09-30. */
export const extremePovertyCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the 特困供养 the civil-affairs list shows',
      data: withFlag(true, headRow()),
    },
    {
      name: 'support that ended the day before the reference date is not in force',
      data: withFlag(false, headRow({ end: '2020-09-29' })),
    },
    {
      name: '低保 on the list is not 特困供养',
      data: withFlag(false, headRow({ assistanceType: '低保' })),
    },
    {
      name: 'a blank 是否特困供养 against a 特困供养 row is unknown',
      data: withFlag(undefined, headRow()),
      unknown: ['members.extremePoverty'],
    },
  ],
  invalid: [
    {
      name: 'ongoing 特困供养 on the list that the registry records as 否',
      data: withFlag(false, headRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          message:
            '民政部门名单显示享受特困供养（2018-01-01 起），系统中「是否特困供养」为否',
          data: {
            listedExtremePovertyPeriods: ['2018-01-01 起'],
            extremePoverty: false,
          },
        },
      ],
    },
    {
      name: 'support ending on the reference date is still in force',
      data: withFlag(false, headRow({ end: '2020-09-30' })),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: {
            listedExtremePovertyPeriods: ['2018-01-01 至 2020-09-30'],
          },
        },
      ],
    },
  ],
};
