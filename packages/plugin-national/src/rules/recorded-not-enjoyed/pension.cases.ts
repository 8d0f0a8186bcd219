import type { Member, PensionRecord, RuleCases } from '@duibiao/core';
import { dataset, family, pensionRow } from '@duibiao/plugin-sdk';

/**
 * The clean family of four: head and spouse recorded in resident pension
 * insurance, the children in none.
 */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/**
 * The family, the spouse's flags changed, with a pension list holding the
 * head insured and the spouse's rows given; no list at all for `null`.
 */
const withRows = (
  spouseRows: PensionRecord[] | null,
  flags: Partial<Member> = {},
) =>
  dataset({
    members: [head, { ...spouse, ...flags }, ...children],
    ...(spouseRows
      ? { lists: { pension: [pensionRow(head), ...spouseRows] } }
      : {}),
  });

/** Cases of national/recorded-not-enjoyed/pension. */
export const pensionNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a spouse whom the list shows insured in resident pension insurance',
      data: withRows([pensionRow(spouse)]),
    },
    {
      name: 'a spouse on a row with 险种 blank, which counts for either scheme',
      data: withRows([pensionRow(spouse, { scheme: undefined })]),
    },
    {
      name: 'head and spouse recorded in pension insurance while no pension list was given are unknown',
      data: withRows(null),
      unknown: ['pension (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a spouse in resident pension insurance whom the list does not name',
      data: withRows([]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '系统中「是否参加城乡居民基本养老保险」为是、「是否参加城镇职工基本养老保险」为否，人社部门名单显示参保的险种：无',
          data: {
            residentPension: true,
            employeePension: false,
            listedPensionSchemes: [],
          },
        },
      ],
    },
    {
      name: 'a spouse recorded in resident insurance whom the list shows in employee insurance only',
      data: withRows([pensionRow(spouse, { scheme: '城镇职工基本养老保险' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedPensionSchemes: ['城镇职工基本养老保险'] },
        },
      ],
    },
    {
      name: 'a spouse whose latest row says the insurance stopped (停保)',
      data: withRows([
        pensionRow(spouse, { asOf: '2020-06-30' }),
        pensionRow(spouse, { status: '停保' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedPensionSchemes: [] },
        },
      ],
    },
    {
      name: 'a spouse recorded in both schemes whom the list shows in resident insurance only',
      data: withRows([pensionRow(spouse)], { employeePension: true }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: {
            residentPension: true,
            employeePension: true,
            listedPensionSchemes: ['城乡居民基本养老保险'],
          },
        },
      ],
    },
  ],
};
