import type { Planter } from '../types.js';
import { on } from './helpers.js';

/**
 * The first household of an id-duplicate pair: one of its members (not
 * the head) will be registered again, married into the next household of
 * the village, so both rows carry the same ID number.
 */
export const duplicateSource: Planter = {
  ruleId: 'national/id-duplicate',
  weight: 2,
  profile(profile) {
    profile.needs.push('several');
  },
  plant(draft) {
    const others = draft.members.filter((m) => m.relation !== '户主');
    const adults = others.filter((m) => (m.birthDate ?? '') <= `${Number(draft.asOf.slice(0, 4)) - 20}`);
    const member = draft.random.pick(adults.length > 0 ? adults : others.length > 0 ? others : draft.members);
    draft.shared = member;

    return [on('national/id-duplicate', member)];
  },
};

/** The second household of an id-duplicate pair. */
export const duplicateCopy: Planter = {
  ruleId: 'national/id-duplicate',
  plant(draft) {
    return draft.copied ? [on('national/id-duplicate', draft.copied)] : [];
  },
};
