import type {
  ListTables,
  MedicalInsuranceRecord,
  Member,
  RuleCases,
} from '@duibiao/core';
import { dataset, family, medicalRow } from '@duibiao/plugin-sdk';

/** The clean family of four; the spouse is the one the cases change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family with the spouse's medical flags changed, and the lists. */
function withFlags(flags: Partial<Member>, lists: ListTables) {
  const members = [head, { ...spouse, ...flags }, ...children];

  return dataset({ members, lists });
}

/** The medical list with one row about the spouse: resident, 2020, 参保. */
function spouseRow(
  overrides: Partial<MedicalInsuranceRecord> = {},
): ListTables {
  return { medicalInsurance: [medicalRow(spouse, overrides)] };
}

/** A registry with neither medical scheme. */
const NONE = { residentMedical: false, employeeMedical: false };
const RESIDENT = '城乡居民基本医疗保险';
const EMPLOYEE = '职工基本医疗保险';

/** Cases of national/enjoyed-not-recorded/medical-insurance, on 2020-09-30. */
export const medicalInsuranceCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the resident scheme the list shows',
      data: withFlags({}, spouseRow()),
    },
    {
      name: 'insurance of the year before the reference date’s is not read',
      data: withFlags(NONE, spouseRow({ year: 2019 })),
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
      name: 'a blank 是否参加城乡居民基本医疗保险 against a resident row is unknown',
      data: withFlags({ residentMedical: undefined }, spouseRow()),
      unknown: ['members.residentMedical'],
    },
    {
      name: 'a row with a blank 参保状态 is unknown, naming every field the list fact reads',
      data: withFlags(NONE, spouseRow({ status: undefined })),
      unknown: [
        'medicalInsurance.asOf',
        'medicalInsurance.scheme',
        'medicalInsurance.status',
        'medicalInsurance.year',
        'members.idNumber',
      ],
    },
  ],
  invalid: [
    {
      name: 'resident insurance of 2020 on the list while the registry records none',
      data: withFlags(NONE, spouseRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message: `医保部门名单显示参加${RESIDENT} 2020 年度，系统中「是否参加城乡居民基本医疗保险」为否、「是否参加城镇职工基本医疗保险」为否`,
          data: {
            listedMedicalSchemes: [`${RESIDENT} 2020 年度`],
            residentMedical: false,
            employeeMedical: false,
          },
        },
      ],
    },
    {
      name: 'a row with a blank 参保年度 counts for the reference date’s year',
      data: withFlags(NONE, spouseRow({ year: undefined })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: [RESIDENT] },
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
            listedMedicalSchemes: [`${EMPLOYEE} 2020 年度`],
            residentMedical: true,
            employeeMedical: false,
          },
        },
      ],
    },
    {
      name: 'a row without a scheme against a registry with no medical insurance',
      data: withFlags(NONE, spouseRow({ scheme: undefined })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: {
            listedMedicalSchemes: ['基本医疗保险（险种未填） 2020 年度'],
          },
        },
      ],
    },
  ],
};
