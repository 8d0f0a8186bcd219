import type { Household, HousingRecord, RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

/** A row of the housing list about H001, appraised on 2020-09-01. */
function appraisal(overrides: Partial<HousingRecord> = {}): HousingRecord {
  return {
    householdId: 'H001',
    grade: 'A',
    renovationStatus: null,
    asOf: '2020-09-01',
    ...overrides,
  };
}

/** The household with the registry's changes, and the housing list. */
function withAppraisals(changes: Partial<Household>, housing: HousingRecord[]) {
  return dataset({ household: household(changes), lists: { housing } });
}

/** Cases of national/house-mismatch/safety, on 2020-09-30. */
export const houseSafetyCases: RuleCases = {
  valid: [
    {
      name: 'A in the registry and B by the department are both safe',
      data: withAppraisals({ houseGrade: 'A' }, [appraisal({ grade: 'B' })]),
    },
    {
      name: 'C in the registry and D by the department are both unsafe',
      data: withAppraisals({ houseGrade: 'C' }, [appraisal({ grade: 'D' })]),
    },
    {
      name: 'a household the housing list does not name is not compared',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ householdId: 'H999', grade: 'D' }),
      ]),
    },
    {
      name: 'the latest appraisal speaks: D in 2019, A on the reference date',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ grade: 'D', asOf: '2019-06-30' }),
        appraisal({ grade: 'A', asOf: '2020-09-30' }),
      ]),
    },
    {
      name: 'a D appraisal dated the day after the reference date is not read',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ grade: 'A' }),
        appraisal({ grade: 'D', asOf: '2020-10-01' }),
      ]),
    },
    {
      name: 'a blank registry grade against a D appraisal is unknown',
      data: withAppraisals({ houseGrade: undefined }, [
        appraisal({ grade: 'D' }),
      ]),
      unknown: ['households.houseGrade'],
    },
  ],
  invalid: [
    {
      name: 'A in the registry against D by the department',
      data: withAppraisals({ houseGrade: 'A' }, [appraisal({ grade: 'D' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '危房等级登记为「A」，住建部门鉴定等级为「D」，两者对住房是否安全的结论不同（C、D 级为危房）',
          data: {
            houseGrade: 'A',
            housingGrade: 'D',
            unsafeHouseGrades: ['C', 'D'],
          },
        },
      ],
    },
    {
      name: 'B against C, on either side of the line between safe and unsafe',
      data: withAppraisals({ houseGrade: 'B' }, [appraisal({ grade: 'C' })]),
      findings: [
        {
          householdId: 'H001',
          data: { houseGrade: 'B', housingGrade: 'C' },
        },
      ],
    },
    {
      name: 'D in the registry against A by the department, the other way',
      data: withAppraisals(
        { houseGrade: 'D', dangerousHouse: true, housingSecurity: '危房改造' },
        [appraisal({ grade: 'A' })],
      ),
      findings: [
        {
          householdId: 'H001',
          data: { houseGrade: 'D', housingGrade: 'A' },
        },
      ],
    },
  ],
};
