import type {
  ListTables,
  MedicalInsuranceRecord,
  Member,
  RuleCases,
} from '@duibiao/core';
import { dataset, family, medicalRow } from '@duibiao/plugin-sdk';

/** The clean family of four; the spouse is the one the cases change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family with the spouse's 是否参加大病保险 set, and the lists given. */
function withFlag(flag: boolean | undefined, lists: ListTables) {
  const members = [
    head,
    { ...spouse, seriousIllnessInsurance: flag },
    ...children,
  ];

  return dataset({ members, lists });
}

/** The medical list with one row about the spouse: 2020, with 大病保险. */
function spouseRow(
  overrides: Partial<MedicalInsuranceRecord> = {},
): ListTables {
  return { medicalInsurance: [medicalRow(spouse, overrides)] };
}

/** Cases of national/enjoyed-not-recorded/serious-illness-insurance, on 2020-09-30. */
export const seriousIllnessInsuranceCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the 大病保险 the list shows',
      data: withFlag(true, spouseRow()),
    },
    {
      name: 'a row without 大病保险',
      data: withFlag(false, spouseRow({ seriousIllness: false })),
    },
    {
      name: '大病保险 of the year before the reference date’s is not read',
      data: withFlag(false, spouseRow({ year: 2019 })),
    },
    {
      name: 'insurance the list shows stopped (停保) carries no 大病保险',
      data: withFlag(false, spouseRow({ status: '停保' })),
    },
    {
      name: 'a blank 是否参加大病保险 against a row with it is unknown',
      data: withFlag(undefined, spouseRow()),
      unknown: ['members.seriousIllnessInsurance'],
    },
    {
      name: 'a row that leaves 大病保险 blank is unknown, naming every field the list fact reads',
      data: withFlag(false, spouseRow({ seriousIllness: undefined })),
      unknown: [
        'medicalInsurance.asOf',
        'medicalInsurance.scheme',
        'medicalInsurance.seriousIllness',
        'medicalInsurance.status',
        'medicalInsurance.year',
        'members.idNumber',
      ],
    },
  ],
  invalid: [
    {
      name: '大病保险 of 2020 on the list while the registry records 否',
      data: withFlag(false, spouseRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '医保部门名单显示参加大病保险（参保险种：城乡居民基本医疗保险 2020 年度），系统中「是否参加大病保险」为否',
          data: {
            listedMedicalSchemes: ['城乡居民基本医疗保险 2020 年度'],
            seriousIllnessInsurance: false,
          },
        },
      ],
    },
    {
      name: 'a row with a blank 参保年度 counts for the reference date’s year',
      data: withFlag(false, spouseRow({ year: undefined })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: ['城乡居民基本医疗保险'] },
        },
      ],
    },
  ],
};
