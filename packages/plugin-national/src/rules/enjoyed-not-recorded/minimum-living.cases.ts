import type {
  CivilAffairsRecord,
  ListTables,
  Member,
  RuleCases,
} from '@duibiao/core';
import { assistanceRow, dataset, family, outsider } from '@duibiao/plugin-sdk';

/** The clean family of four; the spouse is the one the cases change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family with the spouse's 是否享受低保 set, and the lists given. */
function withFlag(flag: boolean | undefined, lists: ListTables) {
  const members = [head, { ...spouse, minimumLiving: flag }, ...children];

  return dataset({ members, lists });
}

/** The civil-affairs list with one row about the spouse. */
function spouseRow(overrides: Partial<CivilAffairsRecord> = {}): ListTables {
  return { civilAffairs: [assistanceRow(spouse, overrides)] };
}

/** Cases of national/enjoyed-not-recorded/minimum-living, on 2020-09-30. */
export const minimumLivingCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the 低保 the civil-affairs list shows',
      data: withFlag(true, spouseRow()),
    },
    {
      name: '低保 that ended the day before the reference date is not in force',
      data: withFlag(false, spouseRow({ end: '2020-09-29' })),
    },
    {
      name: '低保 starting the day after the reference date is not yet in force',
      data: withFlag(false, spouseRow({ start: '2020-10-01' })),
    },
    {
      name: '特困供养 on the list is not 低保',
      data: withFlag(false, spouseRow({ assistanceType: '特困供养' })),
    },
    {
      name: 'a list that names only someone of another household shows the family no 低保',
      data: withFlag(false, {
        civilAffairs: [assistanceRow(outsider())],
      }),
    },
    {
      name: 'a blank 是否享受低保 against a 低保 row is unknown',
      data: withFlag(undefined, spouseRow()),
      unknown: ['members.minimumLiving'],
    },
    {
      name: 'a row without a start date is unknown, naming every field the list fact reads',
      data: withFlag(false, spouseRow({ start: undefined })),
      unknown: [
        'civilAffairs.assistanceType',
        'civilAffairs.asOf',
        'civilAffairs.end',
        'civilAffairs.start',
        'members.idNumber',
      ],
    },
    {
      name: 'a list whose only row is dated after the reference date has no rows in force and is not compared',
      data: withFlag(false, spouseRow({ asOf: '2020-10-01' })),
      unknown: ['civilAffairs (no rows in force)'],
    },
  ],
  invalid: [
    {
      name: 'ongoing 低保 on the list that the registry records as 否',
      data: withFlag(false, spouseRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '民政部门名单显示享受低保（2019-03-01 起），系统中「是否享受低保」为否',
          data: {
            listedMinimumLivingPeriods: ['2019-03-01 起'],
            minimumLiving: false,
          },
        },
      ],
    },
    {
      name: '低保 ending on the reference date is still in force',
      data: withFlag(false, spouseRow({ end: '2020-09-30' })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMinimumLivingPeriods: ['2019-03-01 至 2020-09-30'] },
        },
      ],
    },
    {
      name: '低保 starting on the reference date is already in force',
      data: withFlag(false, spouseRow({ start: '2020-09-30' })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMinimumLivingPeriods: ['2020-09-30 起'] },
        },
      ],
    },
  ],
};
