import type { Household, HousingRecord, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

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

/** A row of the housing list that records no renovation. */
const NO_RENOVATION = { renovationYear: null, renovationStatus: null };

/** Cases of national/house-mismatch/renovation-unrecorded, on 2020-09-30. */
export const renovationUnrecordedCases: RuleCases = {
  valid: [
    {
      name: 'a finished renovation the registry records as 危房改造',
      data: withRows({ housingSecurity: '危房改造' }, [renovation()]),
    },
    {
      name: 'a renovation still 在建 against a house appraised safe',
      data: withRows({ housingSecurity: '鉴定安全' }, [
        renovation({ renovationStatus: '在建' }),
      ]),
    },
    {
      name: 'a finished renovation on a row dated the day after the reference date is not read',
      data: withRows({ housingSecurity: '鉴定安全' }, [
        renovation(NO_RENOVATION),
        renovation({ asOf: '2020-10-01' }),
      ]),
    },
    {
      name: 'a blank 住房安全保障方式 against a finished renovation is unknown',
      data: withRows({ housingSecurity: undefined }, [renovation()]),
      unknown: ['households.housingSecurity'],
    },
  ],
  invalid: [
    {
      name: 'a finished renovation while the registry says 鉴定安全',
      data: withRows({ housingSecurity: '鉴定安全' }, [renovation()]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '住建部门数据中该户危房改造「已竣工」，住房安全保障方式却登记为「鉴定安全」',
          data: {
            housingRenovationStatus: '已竣工',
            housingSecurity: '鉴定安全',
          },
        },
      ],
    },
    {
      name: 'a row 已竣工 dated on the reference date outdates an earlier row without renovation',
      data: withRows({ housingSecurity: '鉴定安全' }, [
        renovation({ ...NO_RENOVATION, asOf: '2020-06-30' }),
        renovation({ asOf: '2020-09-30' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          data: { housingRenovationStatus: '已竣工' },
        },
      ],
    },
  ],
};
