import { isAble, relabour } from '../assistance.js';
import type { Draft, Profile } from '../types.js';
import { pickMember } from './helpers.js';

/** The household must have an able adult: one who can work or borrow. */
export function withAbleAdult(profile: Profile): void {
  profile.removed = false;
  profile.ableLabour = true;
  profile.needs.push('adult');
}

/** A disabled adult with a card of a grade in a range, made if missing. */
export function ensureDisabled(
  draft: Draft,
  grades: readonly [number, number],
): void {
  const has = draft.members.some((m) => {
    const grade = Number(m.disabilityCard?.[19]);
    return m !== draft.copied && grade >= grades[0] && grade <= grades[1];
  });
  if (has) return;

  const member =
    pickMember(
      draft,
      (m, age) => age >= 18 && m.relation !== '户主' && !isAble(m),
    ) ??
    pickMember(draft, (m, age) => age >= 18 && m.relation !== '户主') ??
    pickMember(draft, (_, age) => age >= 18);
  if (!member) return;

  // Not a physical disability: a severe one would make an able labourer
  // of that grade a data error of its own.
  const category = draft.random.pick([1, 2, 5, 6]);
  const grade = draft.random.int(grades[0], grades[1]);
  member.health = ['残疾'];
  member.disabilityCard = `${member.idNumber}${category}${grade}`;
  member.disabilitySubsidy = grade <= 2;
  relabour(member, draft);
}
