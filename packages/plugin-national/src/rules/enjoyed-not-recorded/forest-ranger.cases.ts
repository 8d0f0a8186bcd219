import type {
  ForestryRecord,
  ListTables,
  Member,
  RuleCases,
} from '@duibiao/core';
import { dataset, family, rangerRow } from '@duibiao/plugin-sdk';

/** The clean family of four; the head is the one the cases change. */
const [head, ...others] = family() as [Member, ...Member[]];

/** The family with the head's 是否生态护林员 set, and the lists given. */
function withFlag(flag: boolean | undefined, lists: ListTables) {
  const members = [{ ...head, forestRanger: flag }, ...others];

  return dataset({ members, lists });
}

/** The forestry list with one contract of the head, from 2019-01-01. */
function headRow(overrides: Partial<ForestryRecord> = {}): ListTables {
  return { forestry: [rangerRow(head, overrides)] };
}

/** Cases of national/enjoyed-not-recorded/forest-ranger, on 2020-09-30. */
export const forestRangerCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the ranger post the forestry list shows',
      data: withFlag(true, headRow()),
    },
    {
      name: 'a contract that ended the day before the reference date is not in force',
      data: withFlag(false, headRow({ end: '2020-09-29' })),
    },
    {
      name: 'a contract starting the day after the reference date is not yet in force',
      data: withFlag(false, headRow({ start: '2020-10-01' })),
    },
    {
      name: 'a blank 是否生态护林员 against a contract in force is unknown',
      data: withFlag(undefined, headRow()),
      unknown: ['members.forestRanger'],
    },
  ],
  invalid: [
    {
      name: 'an ongoing contract on the list that the registry records as 否',
      data: withFlag(false, headRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          message:
            '林业部门名单显示聘为生态护林员（2019-01-01 起），系统中「是否生态护林员」为否',
          data: {
            listedForestRangerPeriods: ['2019-01-01 起'],
            forestRanger: false,
          },
        },
      ],
    },
    {
      name: 'a contract ending on the reference date is still in force',
      data: withFlag(false, headRow({ end: '2020-09-30' })),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedForestRangerPeriods: ['2019-01-01 至 2020-09-30'] },
        },
      ],
    },
    {
      name: 'a contract starting on the reference date is already in force',
      data: withFlag(false, headRow({ start: '2020-09-30' })),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedForestRangerPeriods: ['2020-09-30 起'] },
        },
      ],
    },
  ],
};
