import {
  addDays,
  type FactContext,
  type FactDefinition,
  type Member,
  monthsRangeBetween,
  type NumberRange,
  testNumber,
  vocabulary,
} from '@duibiao/core';

import { memberAge } from './age.js';
import {
  ableLabourCountSql,
  ableLabourShareSql,
  hasAbleLabourSql,
  hasAssistedMemberSql,
  hasDisabledMemberSql,
  hasDropoutMemberSql,
  hasEmployedMemberSql,
  hasIllMemberSql,
  hasUninsuredMemberSql,
  headCountSql,
  headSpouseSameSexSql,
  measureCountSql,
  memberCountSql,
  monthsMonitoredBeforeRemovalSql,
  monthsSinceMonitoredExclusiveSql,
  monthsSinceMonitoredSql,
} from './household-sql.js';
import { and, count, isOneOf, some } from './three-valued.js';

const ABLE = vocabulary.ABLE_LABOUR_TYPES;

function range(
  context: FactContext,
  name: string,
): { min: number; max: number } {
  return context.param(name) as { min: number; max: number };
}

/**
 * Whether a member is of compulsory-school age and not in school, without
 * an accepted reason: the same test as the `dropout` rule, for facts that
 * look at a whole household.
 */
export function isDropout(
  member: Member,
  context: FactContext,
): boolean | undefined {
  const { min, max } = range(context, 'compulsorySchoolAge');
  const age = memberAge(member, context.asOf);
  const inAge = and(
    testNumber(age, (years) => years >= min),
    testNumber(age, (years) => years <= max),
  );
  const status = member.schoolStatus;
  const outOfSchool =
    status === undefined ? undefined : status === null || status === '失学辍学';
  const excused = isOneOf(member.notInSchoolReason, [
    '送教上门',
    '因身体原因不具备学习条件',
  ]);
  const notExcused = excused === undefined ? undefined : !excused;

  return and(inAge, outOfSchool, notExcused);
}

/**
 * A count of months that may not be negative: a date after the one it
 * should precede (removal before identification, identification after
 * the reference date) is a wrong record, so the duration is unknown.
 */
function elapsed(
  months: number | NumberRange | undefined,
): number | NumberRange | undefined {
  if (months === undefined) return undefined;

  return (typeof months === 'number' ? months : months.min) < 0
    ? undefined
    : months;
}

/**
 * Whether a member over the newborn exemption is in neither basic medical
 * insurance: the same test as the `uninsured-medical` rule.
 */
export function isUninsured(
  member: Member,
  context: FactContext,
): boolean | undefined {
  const exempt = context.param('newbornExemptAge') as number;
  const old = testNumber(
    memberAge(member, context.asOf),
    (years) => years >= exempt,
  );
  const covered =
    member.residentMedical === true || member.employeeMedical === true;
  const blank =
    member.residentMedical === undefined ||
    member.employeeMedical === undefined;

  return and(old, covered ? false : blank ? undefined : true);
}

function isAble(member: Member): boolean | undefined {
  return isOneOf(member.labour, ABLE);
}

function household<const N extends string>(
  name: N,
  type: FactDefinition['type'],
  description: string,
  inputs: readonly string[],
  compute: FactDefinition<'household'>['compute'],
  sql?: FactDefinition<'household'>['sql'],
): FactDefinition<'household'> & { name: N } {
  return {
    name,
    subject: 'household',
    type,
    description,
    inputs,
    compute,
    ...(sql === undefined ? {} : { sql }),
  };
}

/** Facts about a household as a whole. */
export const householdFacts = [
  household(
    'memberCount',
    'number',
    'Members of the household in the members table.',
    ['members.householdId'],
    ({ members }) => members.length,
    memberCountSql,
  ),
  household(
    'hasAbleLabour',
    'boolean',
    'Whether some member is 普通劳动力 or 技能劳动力.',
    ['members.labour'],
    ({ members }) => some(members, isAble),
    hasAbleLabourSql,
  ),
  household(
    'ableLabourCount',
    'number',
    'Members who are 普通劳动力 or 技能劳动力.',
    ['members.labour'],
    ({ members }) => count(members, isAble),
    ableLabourCountSql,
  ),
  household(
    'ableLabourShare',
    'number',
    'Share of members who are 普通劳动力 or 技能劳动力.',
    ['members.labour'],
    ({ members }) => {
      const able = count(members, isAble);
      return able === undefined || members.length === 0
        ? undefined
        : able / members.length;
    },
    ableLabourShareSql,
  ),
  household(
    'hasAssistedMember',
    'boolean',
    'Whether some member receives 低保 or 特困供养.',
    ['members.minimumLiving', 'members.extremePoverty'],
    ({ members }) =>
      some(members, (m) => {
        if (m.minimumLiving === true || m.extremePoverty === true) return true;
        return m.minimumLiving === undefined || m.extremePoverty === undefined
          ? undefined
          : false;
      }),
    hasAssistedMemberSql,
  ),
  household(
    'hasDisabledMember',
    'boolean',
    'Whether some member is disabled (健康状况 残疾, or a disability card).',
    ['members.health', 'members.disabilityCard'],
    ({ members }) =>
      some(members, (m) => {
        if (m.health?.includes('残疾') || (m.disabilityCard ?? null) !== null)
          return true;
        return m.health === undefined || m.disabilityCard === undefined
          ? undefined
          : false;
      }),
    hasDisabledMemberSql,
  ),
  household(
    'hasIllMember',
    'boolean',
    'Whether some member has a long-term chronic or a serious illness.',
    ['members.health'],
    ({ members }) =>
      some(members, (m) =>
        m.health === undefined
          ? undefined
          : m.health.includes('长期慢性病') || m.health.includes('患有大病'),
      ),
    hasIllMemberSql,
  ),
  household(
    'hasEmployedMember',
    'boolean',
    'Whether some member works: migrant months above 0, a public-welfare job or a ranger post.',
    [
      'members.migrantMonths',
      'members.publicWelfareJob',
      'members.forestRanger',
    ],
    ({ members }) =>
      some(members, (m) => {
        const works = [
          (m.migrantMonths ?? NaN) > 0,
          m.publicWelfareJob,
          m.forestRanger,
        ];
        if (works.includes(true)) return true;
        const unknown =
          m.migrantMonths === undefined ||
          m.publicWelfareJob === undefined ||
          m.forestRanger === undefined;
        return unknown ? undefined : false;
      }),
    hasEmployedMemberSql,
  ),
  household(
    'hasDropoutMember',
    'boolean',
    'Whether some member is of compulsory-school age and out of school without an accepted reason.',
    [
      'members.birthDate',
      'members.idNumber',
      'members.schoolStatus',
      'members.notInSchoolReason',
    ],
    ({ members }, context) => some(members, (m) => isDropout(m, context)),
    hasDropoutMemberSql,
  ),
  household(
    'hasUninsuredMember',
    'boolean',
    'Whether some member (not a newborn) is in neither basic medical insurance.',
    [
      'members.residentMedical',
      'members.employeeMedical',
      'members.birthDate',
      'members.idNumber',
    ],
    ({ members }, context) => some(members, (m) => isUninsured(m, context)),
    hasUninsuredMemberSql,
  ),
  household(
    'headCount',
    'number',
    'Members recorded as 户主; unknown when a relation is blank and fewer than two heads are known.',
    ['members.relation'],
    ({ members }) => {
      const heads = members.filter((m) => m.relation === '户主').length;
      const blank = members.some((m) => m.relation === undefined);
      return blank && heads < 2 ? undefined : heads;
    },
    headCountSql,
  ),
  household(
    'headSpouseSameSex',
    'boolean',
    'Whether the head and a 配偶 are recorded with the same sex.',
    ['members.relation', 'members.sex'],
    ({ members }) => {
      const heads = members.filter((m) => m.relation === '户主');
      const spouses = members.filter((m) => m.relation === '配偶');
      // A blank relation may hide a head or a spouse: without a pair in
      // sight the answer is unknown rather than "no pair".
      const blank = members.some((m) => m.relation === undefined);
      if (heads.length !== 1 || spouses.length === 0)
        return blank ? undefined : null;
      const head = heads[0]?.sex;
      return some(spouses, (s) =>
        head === undefined || s.sex === undefined ? undefined : s.sex === head,
      );
    },
    headSpouseSameSexSql,
  ),
  household(
    'monthsSinceMonitored',
    'number',
    'Whole months from 识别监测时间 to the reference date.',
    ['households.monitoredSince'],
    ({ household }, { asOf }) =>
      household.monitoredSince === undefined
        ? undefined
        : elapsed(monthsRangeBetween(household.monitoredSince, asOf)),
    monthsSinceMonitoredSql,
  ),
  household(
    'monthsSinceMonitoredExclusive',
    'number',
    'Whole months from 识别监测时间 to the day before the reference date: "more than N months ago" is this ≥ N.',
    ['households.monitoredSince'],
    ({ household }, { asOf }) => {
      const before = addDays(asOf, -1);
      return household.monitoredSince === undefined || before === undefined
        ? undefined
        : elapsed(monthsRangeBetween(household.monitoredSince, before));
    },
    monthsSinceMonitoredExclusiveSql,
  ),
  household(
    'monthsMonitoredBeforeRemoval',
    'number',
    'Whole months from 识别监测时间 to 消除监测时间.',
    ['households.monitoredSince', 'households.riskRemovedAt'],
    ({ household }) =>
      household.monitoredSince === undefined ||
      household.riskRemovedAt === undefined
        ? undefined
        : elapsed(
            monthsRangeBetween(
              household.monitoredSince,
              household.riskRemovedAt,
            ),
          ),
    monthsMonitoredBeforeRemovalSql,
  ),
  household(
    'measureCount',
    'number',
    'How many measures are registered.',
    ['households.measures'],
    ({ household }) => household.measures?.length,
    measureCountSql,
  ),
] as const;
