import type { LoadedRule } from './rule-set.js';
import type { Subject } from './types.js';

/** Where a subject is and who it is, as a finding reports it. */
export interface SubjectPlace {
  regionCode: string | null;
  villageName: string | undefined;
  householdId: string | null;
  memberId: string | null;
}

/**
 * Whether a rule judges a subject of a region: the rule's plugin names no
 * regions, the region is unknown, or it starts with one of the plugin's.
 *
 * @param rule - A loaded rule.
 * @param region - The subject's region code.
 * @returns `true` when the rule applies.
 */
export function appliesTo(rule: LoadedRule, region: string | null): boolean {
  const { regions } = rule;
  if (regions.length === 0 || !region) return true;

  for (const prefix of regions) {
    if (region.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * The region, village name, household and member of a subject.
 *
 * @param subject - Any subject.
 * @returns Its place.
 */
export function placeOf(subject: Subject): SubjectPlace {
  if (subject.kind === 'village') {
    return {
      regionCode: subject.village.regionCode,
      villageName: subject.village.name ?? undefined,
      householdId: null,
      memberId: null,
    };
  }

  return {
    regionCode: subject.household?.regionCode ?? null,
    villageName: subject.village?.name ?? undefined,
    householdId:
      subject.household?.householdId ??
      (subject.kind === 'member' ? subject.member.householdId : null),
    memberId:
      subject.kind === 'member' ? (subject.member.idNumber ?? null) : null,
  };
}

/**
 * A subject's stable key for finding ids: `H:` household id, `M:` household
 * id and ID number (or position when the ID number is blank), `V:` region
 * code.
 */
export function subjectKey(subject: Subject): string {
  if (subject.kind === 'village') return `V:${subject.village.regionCode}`;
  if (subject.kind === 'household') return `H:${subject.household.householdId}`;

  const id =
    subject.member.idNumber ??
    `#${subject.members.indexOf(subject.member) + 1}`;
  return `M:${subject.member.householdId}:${id}`;
}
