import type { ForestryRecord, Member, RuleCases } from '@duibiao/core';
import { dataset, family, outsider, rangerRow } from '@duibiao/plugin-sdk';

/** The clean family of four, none of them a ranger. */
const [head, ...others] = family() as [Member, ...Member[]];

/** The family, the head recorded as a ranger, and the rows given. */
const headRanger = (forestry?: ForestryRecord[]) =>
  dataset({
    members: [{ ...head, forestRanger: true }, ...others],
    ...(forestry ? { lists: { forestry } } : {}),
  });

/**
 * Cases of national/recorded-not-enjoyed/forest-ranger, on the reference
 * date 2020-09-30; the default contract runs from 2019-01-01, ongoing.
 */
export const forestRangerNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a head recorded as a ranger whom the list shows on a contract in force',
      data: headRanger([rangerRow(head)]),
    },
    {
      name: 'a head whose contract ends on the reference date is still a ranger that day',
      data: headRanger([rangerRow(head, { end: '2020-09-30' })]),
    },
    {
      name: 'a head whose ended contract was followed by a renewed one',
      data: headRanger([
        rangerRow(head, { end: '2019-12-31' }),
        rangerRow(head, { start: '2020-01-01' }),
      ]),
    },
    {
      name: 'a head recorded as a ranger while no forestry list was given is unknown',
      data: headRanger(),
      unknown: ['forestry (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a head recorded as a ranger whom the list does not name',
      data: headRanger([rangerRow(outsider())]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          message:
            '系统中「是否生态护林员」为是，林业部门名单未显示在聘生态护林员（名单中聘用记录：无）',
          data: { forestRanger: true, listedForestRangerPeriods: [] },
        },
      ],
    },
    {
      name: 'a head whose contract ended the day before the reference date',
      data: headRanger([rangerRow(head, { end: '2020-09-29' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedForestRangerPeriods: ['2019-01-01 至 2020-09-29'] },
        },
      ],
    },
    {
      name: 'a head whose contract begins the day after the reference date',
      data: headRanger([rangerRow(head, { start: '2020-10-01' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedForestRangerPeriods: ['2020-10-01 起'] },
        },
      ],
    },
  ],
};
