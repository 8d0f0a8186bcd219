import type { Household, HousingRecord, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A household the registry says was made safe by renovation. */
const RENOVATED: Partial<Household> = {
  dangerousHouse: false,
  houseGrade: 'A',
  housingSecurity: '危房改造',
};

/** A row of the housing list about H001: renovated in 2019, 已竣工. */
function renovation(overrides: Partial<HousingRecord> = {}): HousingRecord {
  return {
    householdId: 'H001',
    grade: 'A',
    renovationYear: 2019,
    renovationStatus: '已竣工',
    asOf: '2020-09-01',
    ...overrides,
  };
}

/** The household with the registry's changes, and the housing list. */
function withRows(changes: Partial<Household>, housing: HousingRecord[]) {
  return dataset({ household: household(changes), lists: { housing } });
}

/** Cases of national/house-mismatch/renovation-unfinished, on 2020-09-30. */
export const renovationUnfinishedCases: RuleCases = {
  valid: [
    {
      name: 'a renovation the department shows 已竣工',
      data: withRows(RENOVATED, [renovation()]),
    },
    {
      name: 'a household appraised safe, not renovated, is not judged on the department’s 在建',
      data: withRows({ housingSecurity: '鉴定安全' }, [
        renovation({ renovationStatus: '在建' }),
      ]),
    },
    {
      name: 'the latest row, 已竣工 on the reference date, outdates an earlier 在建',
      data: withRows(RENOVATED, [
        renovation({ renovationStatus: '在建', asOf: '2020-03-31' }),
        renovation({ asOf: '2020-09-30' }),
      ]),
    },
    {
      name: 'a blank 住房安全保障方式 against a renovation 在建 is unknown',
      data: withRows({ ...RENOVATED, housingSecurity: undefined }, [
        renovation({ renovationStatus: '在建' }),
      ]),
      unknown: ['households.housingSecurity'],
    },
    {
      name: 'a blank 改造状态 beside a 改造年度 is unknown, not a renovation left unfinished',
      data: withRows(RENOVATED, [renovation({ renovationStatus: null })]),
      unknown: [
        'housing.asOf',
        'housing.renovationStatus',
        'housing.renovationYear',
      ],
    },
  ],
  invalid: [
    {
      name: 'recorded as 危房改造 while the department shows the renovation 在建',
      data: withRows(RENOVATED, [
        renovation({ grade: 'D', renovationStatus: '在建' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '住房安全保障方式登记为「危房改造」，住建部门数据中该户改造状态为「在建」，不是「已竣工」',
          data: {
            housingSecurity: '危房改造',
            housingRenovationStatus: '在建',
          },
        },
      ],
    },
    {
      name: 'recorded as 危房改造 while the department has no row for the household',
      data: withRows(RENOVATED, [renovation({ householdId: 'H002' })]),
      findings: [
        {
          householdId: 'H001',
          data: { housingRenovationStatus: null },
        },
      ],
    },
    {
      name: 'recorded as 危房改造 while the department’s row records no renovation (改造年度 and 改造状态 blank)',
      data: withRows(RENOVATED, [
        renovation({ renovationYear: null, renovationStatus: null }),
      ]),
      findings: [
        {
          householdId: 'H001',
          message:
            '住房安全保障方式登记为「危房改造」，住建部门数据中该户改造状态为「空」，不是「已竣工」',
          data: { housingRenovationStatus: null },
        },
      ],
    },
    {
      name: 'a row 已竣工 dated the day after the reference date leaves the 未开工 row in force',
      data: withRows(RENOVATED, [
        renovation({ renovationStatus: '未开工' }),
        renovation({ asOf: '2020-10-01' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          data: { housingRenovationStatus: '未开工' },
        },
      ],
    },
  ],
};
