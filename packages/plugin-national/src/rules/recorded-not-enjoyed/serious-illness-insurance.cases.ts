import type { MedicalInsuranceRecord, Member, RuleCases } from '@duibiao/core';
import { dataset, family, medicalRow } from '@duibiao/plugin-sdk';

/** The clean family of four, all recorded in serious-illness insurance. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/**
 * The family, the spouse's flags changed, with a list showing everyone
 * but the spouse insured with 大病保险, and the spouse's rows given.
 */
const withSpouseRows = (
  flags: Partial<Member>,
  ...spouseRows: Partial<MedicalInsuranceRecord>[]
) =>
  dataset({
    members: [head, { ...spouse, ...flags }, ...children],
    lists: {
      medicalInsurance: [
        ...[head, ...children].map((member) => medicalRow(member)),
        ...spouseRows.map((overrides) => medicalRow(spouse, overrides)),
      ],
    },
  });

/**
 * Cases of national/recorded-not-enjoyed/serious-illness-insurance, on
 * the reference date 2020-09-30; the default row is resident insurance
 * for 2020 with 大病保险.
 */
export const seriousIllnessNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a spouse whom the list shows with 大病保险 for 2020',
      data: withSpouseRows({}, {}),
    },
    {
      name: 'a spouse not recorded in serious-illness insurance is not compared',
      data: withSpouseRows({ seriousIllnessInsurance: false }),
    },
    {
      name: 'members recorded with it while no medical-insurance list was given are unknown',
      data: dataset(),
      unknown: ['medicalInsurance (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a spouse recorded with 大病保险 whom the list does not name',
      data: withSpouseRows({}),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '系统中「是否参加大病保险」为是，医保部门名单未显示参加大病保险（名单中参保险种：无）',
          data: { seriousIllnessInsurance: true, listedMedicalSchemes: [] },
        },
      ],
    },
    {
      name: 'a spouse whom the list shows insured for 2020 without 大病保险',
      data: withSpouseRows({}, { seriousIllness: false }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: ['城乡居民基本医疗保险 2020 年度'] },
        },
      ],
    },
    {
      name: 'a spouse whom the list shows with 大病保险 for 2019 only',
      data: withSpouseRows({}, { year: 2019 }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: [] },
        },
      ],
    },
  ],
};
