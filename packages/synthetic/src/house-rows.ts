import type { Random } from './random.js';
import type { Draft } from './types.js';

/**
 * The housing department's row for the household's house: the grade the
 * registry records, and the renovation the registry records as its way of
 * making the house safe.
 */
export function houseRow(draft: Draft, random: Random) {
  const { household, members, place } = draft;
  const head = members.find((m) => m.relation === '户主') ?? members[0];
  const renovated = household.housingSecurity === '危房改造';
  const year = Number(draft.asOf.slice(0, 4));

  return {
    householdId: household.householdId,
    headIdNumber: head?.idNumber,
    grade: household.houseGrade ?? null,
    renovationYear: renovated ? random.int(year - 5, year - 1) : null,
    renovationStatus: renovated ? ('已竣工' as const) : null,
    asOf: place.lists.asOf.housing,
  };
}
