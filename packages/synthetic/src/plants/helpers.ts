import type { Household, Member } from '@duibiao/core';

import { ageOf, isAble } from '../assistance.js';
import { inSchool } from '../member-traits.js';
import { DEVELOPMENT } from '../household-traits.js';
import type { Draft, Intended } from '../types.js';

type Measure = NonNullable<Household['measures']>[number];

/**
 * A member meeting a test, chosen at random; `undefined` when none does.
 *
 * @param draft - The household.
 * @param test - What the member must be.
 * @returns The member.
 */
export function pickMember(
  draft: Draft,
  test: (member: Member, age: number) => boolean,
): Member | undefined {
  const fits = draft.members.filter((m) => test(m, ageOf(m, draft)));

  return fits.length === 0 ? undefined : draft.random.pick(fits);
}

/**
 * An adult member chosen at random, or any member when there is none.
 *
 * @param draft - The household.
 * @returns A member.
 */
export function someAdult(draft: Draft): Member {
  const adults = draft.members.filter((m) => ageOf(m, draft) >= 18);

  return draft.random.pick(adults.length > 0 ? adults : draft.members);
}

/**
 * The finding a member rule should report.
 *
 * @param ruleId - The rule.
 * @param member - The member.
 * @returns The intended finding.
 */
export function on(ruleId: string, member: Member): Intended {
  return { ruleId, memberId: member.idNumber ?? null };
}

/**
 * The finding a household rule should report.
 *
 * @param ruleId - The rule.
 * @returns The intended finding.
 */
export function onHousehold(ruleId: string): Intended {
  return { ruleId, memberId: null };
}

/**
 * Whether some development measure is registered.
 *
 * @param draft - The household.
 * @returns `true` when one is.
 */
export function hasDevelopment(draft: Draft): boolean {
  return DEVELOPMENT.some((m) => draft.household.measures?.includes(m));
}

/**
 * Removes measures and keeps the development-measure status in step:
 * blank when no development measure is left.
 *
 * @param draft - The household.
 * @param drop - Measures to remove.
 */
export function dropMeasures(draft: Draft, drop: readonly Measure[]): void {
  const h = draft.household;
  h.measures = (h.measures ?? []).filter((m) => !drop.includes(m));
  if (!DEVELOPMENT.some((m) => h.measures?.includes(m)))
    h.developmentMeasureStatus = null;
}

/**
 * Adds a measure if it is missing.
 *
 * @param draft - The household.
 * @param measure - The measure.
 */
export function addMeasure(draft: Draft, measure: Measure): void {
  const h = draft.household;
  if (!h.measures?.includes(measure))
    h.measures = [...(h.measures ?? []), measure];
  if (DEVELOPMENT.includes(measure) && h.developmentMeasureStatus == null) {
    h.developmentMeasureStatus = '已实施';
  }
}

/**
 * Gives a member a new, valid ID number for a birth date and sex (and
 * moves the disability card to it).
 *
 * @param draft - The household.
 * @param member - The member.
 * @param birthDate - The date the number encodes.
 * @param sex - The sex the number encodes.
 */
export function reissue(
  draft: Draft,
  member: Member,
  birthDate: string,
  sex: '男' | '女',
): void {
  const id = draft.ids.issue(draft.place.county, birthDate, sex);
  if (member.disabilityCard)
    member.disabilityCard = id + member.disabilityCard.slice(18);
  member.idNumber = id;
}

/**
 * Takes away 低保 and 特困 from every member.
 *
 * @param draft - The household.
 */
export function clearAssistance(draft: Draft): void {
  for (const member of draft.members) {
    member.minimumLiving = false;
    member.extremePoverty = false;
  }
}

/**
 * Takes away ranger posts and public-welfare jobs, with their measures.
 *
 * @param draft - The household.
 */
export function clearJobs(draft: Draft): void {
  for (const member of draft.members) {
    member.forestRanger = false;
    member.publicWelfareJob = false;
  }
  dropMeasures(draft, ['生态护林员', '公益岗位']);
}

/**
 * An ordinary or skilled labourer of an age within a range: one the
 * household has, or a member of that age out of school made a healthy
 * ordinary labourer.
 *
 * @param draft - The household, its members' traits set.
 * @param min - Youngest age.
 * @param max - Oldest age.
 * @returns The labourer, or `undefined` when nobody is of that age.
 */
export function ableWorker(
  draft: Draft,
  min: number,
  max: number,
): Member | undefined {
  const inRange = (age: number) => age >= min && age <= max;
  const able = pickMember(draft, (m, age) => isAble(m) && inRange(age));
  if (able) return able;

  const member = pickMember(
    draft,
    (m, age) => inRange(age) && !inSchool(m.schoolStatus) && m !== draft.copied,
  );
  if (!member) return undefined;
  member.health = ['健康'];
  member.disabilityCard = null;
  member.disabilitySubsidy = false;
  member.chronicDiseaseContract = false;
  member.labour = '普通劳动力';

  return member;
}
