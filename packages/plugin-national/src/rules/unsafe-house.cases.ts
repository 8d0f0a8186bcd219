import type { RuleCases } from '@duibiao/core';
import { dataset, household } from '@duibiao/plugin-sdk';

const withHousehold = (overrides: Parameters<typeof household>[0]) =>
  dataset({ household: household(overrides) });

/** Cases of national/unsafe-house: grades C and D are unsafe. */
export const unsafeHouseCases: RuleCases = {
  valid: [
    {
      name: 'a grade-B house not flagged dangerous is safe',
      data: withHousehold({ houseGrade: 'B' }),
    },
    {
      name: 'a grade-D house with the measure 住房安全保障 is taken care of',
      data: withHousehold({
        houseGrade: 'D',
        housingSecurity: '其他',
        measures: ['产业帮扶', '住房安全保障'],
      }),
    },
    {
      name: 'a grade-D house renovated (危房改造) is taken care of',
      data: withHousehold({ houseGrade: 'D', housingSecurity: '危房改造' }),
    },
    {
      name: 'a house not flagged dangerous with a blank grade is unknown',
      data: withHousehold({ houseGrade: undefined }),
      unknown: ['households.houseGrade'],
    },
  ],
  invalid: [
    {
      name: 'a dangerous grade-C house with housing security 其他 and no housing measure',
      data: withHousehold({
        dangerousHouse: true,
        houseGrade: 'C',
        housingSecurity: '其他',
      }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '是否危房户为「是」，危房等级为「C」，住房安全保障方式为「其他」，未落实住房安全保障措施',
          data: {
            dangerousHouse: true,
            houseGrade: 'C',
            housingSecurity: '其他',
          },
        },
      ],
    },
    {
      name: 'a grade-D house is unsafe though the flag says 否',
      data: withHousehold({ houseGrade: 'D' }),
      findings: [
        {
          householdId: 'H001',
          data: {
            dangerousHouse: false,
            houseGrade: 'D',
            housingSecurity: '鉴定安全',
          },
        },
      ],
    },
    {
      name: 'a house flagged dangerous is unsafe on the flag alone, even at grade A',
      data: withHousehold({ dangerousHouse: true }),
      findings: [
        {
          householdId: 'H001',
          data: { dangerousHouse: true, houseGrade: 'A' },
        },
      ],
    },
  ],
};
