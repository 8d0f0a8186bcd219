import type { CivilAffairsRecord, Member, RuleCases } from '@duibiao/core';
import { assistanceRow, dataset, family, outsider } from '@duibiao/plugin-sdk';

/** The clean family of four, none of them supported as 特困. */
const [head, ...others] = family() as [Member, ...Member[]];

/** The family with the head recorded as 特困供养, and the rows given. */
const headSupported = (civilAffairs?: CivilAffairsRecord[]) =>
  dataset({
    members: [{ ...head, extremePoverty: true }, ...others],
    ...(civilAffairs ? { lists: { civilAffairs } } : {}),
  });

/** A 特困供养 row about the head: from 2018-01-01, ongoing. */
const headRow = (overrides: Partial<CivilAffairsRecord> = {}) =>
  assistanceRow(head, {
    assistanceType: '特困供养',
    start: '2018-01-01',
    ...overrides,
  });

/**
 * Cases of national/recorded-not-enjoyed/extreme-poverty, on the reference
 * date 2020-09-30.
 */
export const extremePovertyNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a head recorded as 特困 whom the list shows supported since 2018',
      data: headSupported([headRow()]),
    },
    {
      name: 'a head whose support ends on the reference date is still supported that day',
      data: headSupported([headRow({ end: '2020-09-30' })]),
    },
    {
      name: 'a head recorded as 特困 while no civil-affairs list was given is unknown',
      data: headSupported(),
      unknown: ['civilAffairs (no file)'],
    },
    {
      name: 'a head whose only row is dated after the reference date is unknown: the list has no rows in force',
      data: headSupported([headRow({ asOf: '2020-10-01' })]),
      unknown: ['civilAffairs (no rows in force)'],
    },
  ],
  invalid: [
    {
      name: 'a head recorded as 特困 whom the list does not name',
      data: headSupported([
        assistanceRow(outsider(), { assistanceType: '特困供养' }),
      ]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          message:
            '系统中「是否特困供养」为是，民政部门名单未显示在享特困供养（名单中特困供养记录：无）',
          data: { extremePoverty: true, listedExtremePovertyPeriods: [] },
        },
      ],
    },
    {
      name: 'a head whose support ended the day before the reference date',
      data: headSupported([headRow({ end: '2020-09-29' })]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedExtremePovertyPeriods: ['2018-01-01 至 2020-09-29'] },
        },
      ],
    },
    {
      name: 'a head whom the list shows on 低保 only, which is not 特困供养',
      data: headSupported([assistanceRow(head)]),
      findings: [
        {
          householdId: 'H001',
          memberId: head.idNumber,
          data: { listedExtremePovertyPeriods: [] },
        },
      ],
    },
  ],
};
