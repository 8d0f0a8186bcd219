import type { TableReading } from './read-rows.js';

/**
 * The households some of whose member rows were rejected: each rejected
 * member row whose 户编号 cell is readable and names a checked household
 * makes that household's member list incomplete. Rules that count or scan
 * members would judge such a household on too few of them, so core makes
 * those facts unknown for it.
 *
 * A member row rejected because its household matches no checked one
 * names no household that is checked, so it adds nothing here.
 *
 * @param members - The members table, rules across rows applied.
 * @param households - The households table, duplicates already rejected.
 * @returns The household numbers, unique, in code-unit order.
 */
export function incompleteHouseholds(
  members: TableReading,
  households: TableReading,
): string[] {
  const checked = new Set<string>();
  for (const { key, record } of households.outcomes) {
    if (record && key !== undefined) checked.add(key);
  }

  const incomplete = new Set<string>();
  for (const { rejection, householdId } of members.outcomes) {
    if (!rejection || householdId === undefined) continue;
    if (checked.has(householdId)) incomplete.add(householdId);
  }

  // Plain sort compares code units, so the order is the same everywhere.
  return [...incomplete].sort();
}
