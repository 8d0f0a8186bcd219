import type { MedicalInsuranceRecord, Member, RuleCases } from '@duibiao/core';
import { dataset, family, medicalRow } from '@duibiao/plugin-sdk';

/** The clean family of four, all recorded in resident medical insurance. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family, with a list showing everyone insured but the spouse. */
const withSpouseRows = (...spouseRows: Partial<MedicalInsuranceRecord>[]) =>
  dataset({
    lists: {
      medicalInsurance: [
        ...[head, ...children].map((member) => medicalRow(member)),
        ...spouseRows.map((overrides) => medicalRow(spouse, overrides)),
      ],
    },
  });

/**
 * Cases of national/recorded-not-enjoyed/medical-insurance, on the
 * reference date 2020-09-30; the default row is resident insurance for
 * 2020.
 */
export const medicalInsuranceNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a spouse whom the list shows in resident insurance for 2020',
      data: withSpouseRows({}),
    },
    {
      name: 'a spouse on a row with 险种 blank, which counts for either scheme',
      data: withSpouseRows({ scheme: undefined }),
    },
    {
      name: 'members recorded as insured while no medical-insurance list was given are unknown',
      data: dataset(),
      unknown: ['medicalInsurance (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a spouse in resident insurance whom the list does not name',
      data: withSpouseRows(),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '系统中「是否参加城乡居民基本医疗保险」为是、「是否参加城镇职工基本医疗保险」为否，医保部门名单显示参保的险种：无',
          data: {
            residentMedical: true,
            employeeMedical: false,
            listedMedicalSchemes: [],
          },
        },
      ],
    },
    {
      name: 'a spouse whom the list shows insured for 2019 only, not the reference year',
      data: withSpouseRows({ year: 2019 }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: [] },
        },
      ],
    },
    {
      name: 'a spouse recorded in resident insurance whom the list shows in employee insurance only',
      data: withSpouseRows({ scheme: '职工基本医疗保险' }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedMedicalSchemes: ['职工基本医疗保险 2020 年度'] },
        },
      ],
    },
    {
      name: 'a spouse whose latest row says the insurance stopped (停保)',
      data: withSpouseRows({ asOf: '2020-03-31' }, { status: '停保' }),
      findings: [{ householdId: 'H001', memberId: spouse.idNumber }],
    },
  ],
};
