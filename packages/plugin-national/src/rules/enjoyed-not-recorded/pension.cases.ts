import type {
  ListTables,
  Member,
  PensionRecord,
  RuleCases,
} from '@duibiao/core';
import { dataset, family, pensionRow } from '@duibiao/plugin-sdk';

/** The clean family of four; the spouse is the one the cases change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family with the spouse's pension flags changed, and the lists. */
function withFlags(flags: Partial<Member>, lists: ListTables) {
  const members = [head, { ...spouse, ...flags }, ...children];

  return dataset({ members, lists });
}

/** The pension list with one row about the spouse: resident, 参保. */
function spouseRow(overrides: Partial<PensionRecord> = {}): ListTables {
  return { pension: [pensionRow(spouse, overrides)] };
}

/** A registry with neither pension scheme. */
const NONE = { residentPension: false, employeePension: false };
const RESIDENT = '城乡居民基本养老保险';
const EMPLOYEE = '城镇职工基本养老保险';

/** Cases of national/enjoyed-not-recorded/pension, on 2020-09-30. */
export const pensionCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the resident scheme the list shows',
      data: withFlags({}, spouseRow()),
    },
    {
      name: 'insurance the list shows stopped (停保) is not insurance',
      data: withFlags(NONE, spouseRow({ status: '停保' })),
    },
    {
      name: 'a row without a scheme agrees with a registry that records one',
      data: withFlags({}, spouseRow({ scheme: undefined })),
    },
    {
      name: 'a blank 是否参加城乡居民基本养老保险 against a resident row is unknown',
      data: withFlags({ residentPension: undefined }, spouseRow()),
      unknown: ['members.residentPension'],
    },
    {
      name: 'a row with a blank 参保状态 is unknown, naming every field the list fact reads',
      data: withFlags(NONE, spouseRow({ status: undefined })),
      unknown: [
        'members.idNumber',
        'pension.asOf',
        'pension.scheme',
        'pension.status',
      ],
    },
  ],
  invalid: [
    {
      name: 'resident insurance on the list while the registry records no pension',
      data: withFlags(NONE, spouseRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message: `人社部门名单显示参加${RESIDENT}，系统中「是否参加城乡居民基本养老保险」为否、「是否参加城镇职工基本养老保险」为否`,
          data: {
            listedPensionSchemes: [RESIDENT],
            residentPension: false,
            employeePension: false,
          },
        },
      ],
    },
    {
      name: 'employee insurance on the list while the registry records only the resident scheme',
      data: withFlags({}, spouseRow({ scheme: EMPLOYEE })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: {
            listedPensionSchemes: [EMPLOYEE],
            residentPension: true,
            employeePension: false,
          },
        },
      ],
    },
    {
      name: 'a row without a scheme against a registry with no pension at all',
      data: withFlags(NONE, spouseRow({ scheme: undefined })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedPensionSchemes: ['基本养老保险（险种未填）'] },
        },
      ],
    },
  ],
};
