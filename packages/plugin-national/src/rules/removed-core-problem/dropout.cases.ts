import type { Household, Member, RuleCases } from '@duibiao/core';
import { child, dataset, family, household } from '@duibiao/plugin-sdk';

/** The clean household as 脱贫不稳定户 whose risk was removed. */
const REMOVED = household({
  monitoredType: '脱贫不稳定户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '帮扶消除',
  riskRemovedAt: '2020-06-30',
});

/** Head, spouse and a child of 10 (2010-05-20) changed as given. */
function withChild(overrides: Partial<Member>, record: Household = REMOVED) {
  return dataset({
    household: record,
    members: [...family().slice(0, 2), child(overrides)],
  });
}

/** Cases of national/removed-core-problem/dropout, on 2020-09-30. */
export const removedWithDropoutCases: RuleCases = {
  valid: [
    {
      name: 'a removed household whose child of 10 is at primary school',
      data: withChild({}),
    },
    {
      name: 'a child out of school on the 16th birthday is past compulsory-school age',
      data: withChild({ birthDate: '2004-09-30', schoolStatus: '失学辍学' }),
    },
    {
      name: 'a child of 10 taught at home (送教上门) is not a dropout',
      data: withChild({ schoolStatus: null, notInSchoolReason: '送教上门' }),
    },
    {
      name: 'a child out of school in a household whose risk is not marked removed',
      data: withChild(
        { schoolStatus: '失学辍学' },
        { ...REMOVED, riskRemoved: false },
      ),
    },
    {
      name: 'a child out of school with birth date and ID number blank is unknown',
      data: withChild({
        schoolStatus: '失学辍学',
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a removed household with a child of 10 recorded as 失学辍学',
      data: withChild({ schoolStatus: '失学辍学' }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
    {
      name: 'a child one day short of 16 out of school',
      data: withChild({ birthDate: '2004-10-01', schoolStatus: '失学辍学' }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
    {
      name: 'a child who turned 6 on the reference date with a blank school status',
      data: withChild({ birthDate: '2014-09-30', schoolStatus: null }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
  ],
};
