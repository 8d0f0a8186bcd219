import type { Household, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/**
 * The clean household monitored as 脱贫不稳定户, its risk removed on
 * 2020-06-30, changed as given.
 */
function removed(overrides: Partial<Household>) {
  return dataset({
    household: household({
      monitoredType: '脱贫不稳定户',
      monitoredSince: '2019-10',
      riskRemoved: true,
      riskRemovalMode: '帮扶消除',
      riskRemovedAt: '2020-06-30',
      ...overrides,
    }),
  });
}

/** Cases of national/removed-core-problem/house. */
export const removedUnsafeHouseCases: RuleCases = {
  valid: [
    {
      name: 'a grade C dangerous house with 住房安全保障 registered',
      data: removed({
        dangerousHouse: true,
        houseGrade: 'C',
        measures: ['住房安全保障'],
      }),
    },
    {
      name: 'a grade C dangerous house made safe by renovation (危房改造)',
      data: removed({
        dangerousHouse: true,
        houseGrade: 'C',
        housingSecurity: '危房改造',
      }),
    },
    {
      name: 'a grade B house, not a dangerous house',
      data: removed({ dangerousHouse: false, houseGrade: 'B' }),
    },
    {
      name: 'a grade D house whose risk is not marked removed',
      data: removed({ riskRemoved: false, houseGrade: 'D' }),
    },
    {
      name: 'a removed household with both 是否危房户 and 危房等级 blank is unknown',
      data: removed({ dangerousHouse: undefined, houseGrade: undefined }),
      unknown: ['households.dangerousHouse', 'households.houseGrade'],
    },
  ],
  invalid: [
    {
      name: 'a removed household in a grade C dangerous house with no housing measure',
      data: removed({ dangerousHouse: true, houseGrade: 'C' }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: { dangerousHouse: true, houseGrade: 'C' },
        },
      ],
    },
    {
      name: 'a grade D house is unsafe though 是否危房户 says no',
      data: removed({ dangerousHouse: false, houseGrade: 'D' }),
      findings: [
        {
          householdId: 'H001',
          data: { dangerousHouse: false, houseGrade: 'D' },
        },
      ],
    },
    {
      name: 'a dangerous house is unsafe whatever its blank grade',
      data: removed({ dangerousHouse: true, houseGrade: undefined }),
      findings: [
        {
          householdId: 'H001',
          data: { dangerousHouse: true, houseGrade: null },
        },
      ],
    },
  ],
};
