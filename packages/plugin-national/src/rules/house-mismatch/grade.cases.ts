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

/** Cases of national/house-mismatch/grade, on 2020-09-30. */
export const houseGradeCases: RuleCases = {
  valid: [
    {
      name: 'the registry and the department agree on B',
      data: withAppraisals({ houseGrade: 'B' }, [appraisal({ grade: 'B' })]),
    },
    {
      name: 'B against C crosses the line between safe and unsafe, which is the safety rule’s',
      data: withAppraisals({ houseGrade: 'B' }, [appraisal({ grade: 'C' })]),
    },
    {
      name: 'a household the housing list does not name is not compared',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ householdId: 'H999', grade: 'B' }),
      ]),
    },
    {
      name: 'a blank registry grade against a B appraisal is unknown',
      data: withAppraisals({ houseGrade: undefined }, [
        appraisal({ grade: 'B' }),
      ]),
      unknown: ['households.houseGrade'],
    },
    {
      name: 'latest rows of one day that disagree (A and B) are unknown, naming the fields compared',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ grade: 'A' }),
        appraisal({ grade: 'B' }),
      ]),
      unknown: ['households.houseGrade', 'housing.asOf', 'housing.grade'],
    },
  ],
  invalid: [
    {
      name: 'A in the registry against B by the department, both safe',
      data: withAppraisals({ houseGrade: 'A' }, [appraisal({ grade: 'B' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '危房等级登记为「A」，住建部门鉴定等级为「B」',
          data: { houseGrade: 'A', housingGrade: 'B' },
        },
      ],
    },
    {
      name: 'D in the registry against C by the department, both unsafe',
      data: withAppraisals(
        { houseGrade: 'D', dangerousHouse: true, housingSecurity: '危房改造' },
        [appraisal({ grade: 'C' })],
      ),
      findings: [
        {
          householdId: 'H001',
          data: { houseGrade: 'D', housingGrade: 'C' },
        },
      ],
    },
    {
      name: 'a reappraisal on the reference date to B outdates an earlier A',
      data: withAppraisals({ houseGrade: 'A' }, [
        appraisal({ grade: 'A', asOf: '2019-06-30' }),
        appraisal({ grade: 'B', asOf: '2020-09-30' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          data: { houseGrade: 'A', housingGrade: 'B' },
        },
      ],
    },
  ],
};
