import { ageOf } from '../assistance.js';
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
    const adults = others.filter((m) => ageOf(m, draft) >= 20);
    const pool =
      adults.length > 0 ? adults : others.length > 0 ? others : draft.members;
    const member = draft.random.pick(pool);
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
