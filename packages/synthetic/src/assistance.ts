import { ageOn, type Member } from '@duibiao/core';

import { inSchool, labour, severeGrade } from './member-traits.js';
import type { Draft } from './types.js';

/** Ordinary or skilled labour: the labour that counts as able to work. */
export function isAble(member: Member): boolean {
  return member.labour === '普通劳动力' || member.labour === '技能劳动力';
}

/** Any capacity to work, weak labour included. */
export function hasLabour(member: Member): boolean {
  return isAble(member) || member.labour === '弱劳动力或半劳动力';
}

/**
 * Makes the members agree with the profile's labour: when the household
 * must have an able labourer, one adult becomes an ordinary labourer;
 * when it must have none, every able member is recorded as weak labour.
 *
 * @param draft - The household being generated.
 */
export function settleLabour(draft: Draft): void {
  const { members, profile, random } = draft;
  if (profile.ableLabour === true && !members.some(isAble)) {
    const adult = members.find((m) => canWork(m, draft)) ?? members[0];
    if (adult) {
      adult.health = ['健康'];
      adult.disabilityCard = null;
      adult.disabilitySubsidy = false;
      adult.chronicDiseaseContract = false;
      adult.labour = '普通劳动力';
      adult.migrantMonths = random.chance(0.6) ? random.int(6, 12) : 0;
    }
  }
  if (profile.ableLabour === false) {
    for (const member of members.filter(isAble)) {
      member.labour = '弱劳动力或半劳动力';
      member.migrantMonths = 0;
    }
  }
}

/**
 * Finds work for a relocated family: when someone is able, someone works
 * away from home, as the relocation policy promised.
 *
 * @param draft - The household being generated.
 */
export function employRelocated(draft: Draft): void {
  const { members, profile, random } = draft;
  const able = members.filter(isAble);
  if (
    profile.relocated &&
    able.length > 0 &&
    !able.some((m) => (m.migrantMonths ?? 0) > 0)
  ) {
    random.pick(able).migrantMonths = random.int(6, 12);
  }
}

/**
 * Assistance and jobs: a household that cannot work gets 低保 (or 特困
 * for a lone elder), some households with illness or disability get 低保
 * too; one able member may be a forest ranger or hold a public-welfare
 * job; vocational students get the Yulu subsidy.
 *
 * @param draft - The household being generated.
 */
export function assignAssistance(draft: Draft): void {
  const { random } = draft;
  const noLabour = !draft.members.some(hasLabour);
  const frail = draft.members.some((m) => m.health?.some((h) => h !== '健康'));
  // A member registered here a second time keeps the help the first
  // household's record gives: the departments know the person once.
  const members = draft.members.filter((m) => m !== draft.copied);

  if (
    noLabour &&
    members.length === 1 &&
    ageOf(members[0], draft) >= 60 &&
    random.chance(0.5)
  ) {
    (members[0] as Member).extremePoverty = true;
  } else if (noLabour || (frail && random.chance(0.12))) {
    for (const member of members) member.minimumLiving = true;
  }

  for (const member of members) {
    if (member.disabilityCard && !severeGrade(member) && member.minimumLiving) {
      member.disabilitySubsidy = random.chance(0.5);
    }
    if (member.schoolStatus === '中职' || member.schoolStatus === '高职高专') {
      member.yulu = true;
    }
  }

  const candidates = members.filter(
    (m) =>
      m.labour === '普通劳动力' &&
      m.migrantMonths === 0 &&
      between(ageOf(m, draft), 30, 62),
  );
  const forested = ['6103', '6107', '6109', '6110'].includes(draft.place.city);
  const job =
    candidates.length === 0
      ? undefined
      : random.weighted([
          ['ranger', forested ? 15 : 5],
          ['welfare', 10],
          ['none', 75],
        ] as const);
  if (job === 'ranger') random.pick(candidates).forestRanger = true;
  if (job === 'welfare') random.pick(candidates).publicWelfareJob = true;
}

/**
 * Full years of a member at the reference date, from the birth date.
 *
 * @param member - The member.
 * @param draft - The household, for the reference date.
 * @returns Whole years.
 */
export function ageOf(
  member: Member | undefined,
  draft: Pick<Draft, 'asOf'>,
): number {
  if (!member?.birthDate) return -1;

  return ageOn(member.birthDate, draft.asOf) ?? -1;
}

/**
 * Recomputes a member's labour from age, schooling and health, for a
 * planter that changed one of them.
 *
 * @param member - The member.
 * @param draft - The household.
 */
export function relabour(member: Member, draft: Draft): void {
  member.labour = labour(member, ageOf(member, draft), draft.random);
  if (!isAble(member)) member.migrantMonths = 0;
}

function canWork(member: Member, draft: Draft): boolean {
  const age = ageOf(member, draft);

  return age >= 18 && age <= 59 && !inSchool(member.schoolStatus);
}

function between(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}
