import type { Household, Member, RuleCases } from '@duibiao/core';
import { child, dataset, family, household } from '@duibiao/plugin-sdk';

/** The clean household as 边缘易致贫户 whose risk went away by itself. */
const REMOVED = household({
  monitoredType: '边缘易致贫户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '自然消除',
  riskRemovedAt: '2020-06-30',
});

/** A granddaughter born on the given day, in no medical insurance. */
function baby(birthDate: string, overrides: Partial<Member> = {}): Member {
  return child({
    birthDate,
    relation: '之孙女',
    schoolStatus: null,
    residentMedical: false,
    employeeMedical: false,
    ...overrides,
  });
}

/** The clean family and the given extra member, in the given household. */
function withMember(extra: Member, record: Household = REMOVED) {
  return dataset({ household: record, members: [...family(), extra] });
}

/** Cases of national/removed-core-problem/uninsured, on 2020-09-30. */
export const removedWithUninsuredCases: RuleCases = {
  valid: [
    {
      name: 'every member insured, the baby of one year too',
      data: withMember(baby('2019-09-30', { residentMedical: true })),
    },
    {
      name: 'a baby one day short of one is exempt',
      data: withMember(baby('2019-10-01')),
    },
    {
      name: 'a household that is not monitored, with an uninsured baby of one and 风险是否已消除 blank',
      data: withMember(baby('2019-09-30'), household()),
    },
    {
      name: 'a baby of one with a blank 是否参加城乡居民基本医疗保险 is unknown',
      data: withMember(baby('2019-09-30', { residentMedical: undefined })),
      unknown: ['members.residentMedical'],
    },
  ],
  invalid: [
    {
      name: 'a removed household whose spouse is in neither medical insurance',
      data: dataset({
        household: REMOVED,
        members: family().map((member, i) =>
          i === 1 ? { ...member, residentMedical: false } : member,
        ),
      }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
    {
      name: 'a baby who turned one on the reference date, uninsured',
      data: withMember(baby('2019-09-30')),
      findings: [{ householdId: 'H001', memberId: null }],
    },
  ],
};
