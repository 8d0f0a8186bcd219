import type { CivilAffairsRecord, Member, RuleCases } from '@duibiao/core';
import { assistanceRow, dataset, family } from '@duibiao/plugin-sdk';

/** The clean family of four, none of them on 低保. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family, the spouse recorded on 低保, with the rows given. */
const spouseOnAllowance = (civilAffairs?: CivilAffairsRecord[]) =>
  dataset({
    members: [head, { ...spouse, minimumLiving: true }, ...children],
    ...(civilAffairs ? { lists: { civilAffairs } } : {}),
  });

/**
 * Cases of national/recorded-not-enjoyed/minimum-living, on the reference
 * date 2020-09-30; the default row is 低保 from 2019-03-01, ongoing.
 */
export const minimumLivingNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a spouse on 低保 whom the list shows on 低保 since 2019-03-01',
      data: spouseOnAllowance([assistanceRow(spouse)]),
    },
    {
      name: 'a spouse whose 低保 ends on the reference date is still on it that day',
      data: spouseOnAllowance([assistanceRow(spouse, { end: '2020-09-30' })]),
    },
    {
      name: 'a spouse on 低保 while no civil-affairs list was given is unknown',
      data: spouseOnAllowance(),
      unknown: ['civilAffairs (no file)'],
    },
    {
      name: 'a spouse on 低保 while the list has no rows at all is unknown, not "not on the list"',
      data: spouseOnAllowance([]),
      unknown: ['civilAffairs (no rows in force)'],
    },
  ],
  invalid: [
    {
      name: 'a spouse on 低保 whom the list, naming only the head, leaves out',
      data: spouseOnAllowance([assistanceRow(head)]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '系统中「是否享受低保」为是，民政部门名单未显示在享低保（名单中低保记录：无）',
          data: { minimumLiving: true, listedMinimumLivingPeriods: [] },
        },
      ],
    },
    {
      name: 'a spouse whose 低保 ended the day before the reference date',
      data: spouseOnAllowance([assistanceRow(spouse, { end: '2020-09-29' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMinimumLivingPeriods: ['2019-03-01 至 2020-09-29'] },
        },
      ],
    },
    {
      name: 'a spouse whom the list shows as 特困供养, which is not 低保',
      data: spouseOnAllowance([
        assistanceRow(spouse, { assistanceType: '特困供养' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMinimumLivingPeriods: [] },
        },
      ],
    },
  ],
};
