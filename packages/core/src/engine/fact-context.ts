import type { Dataset } from './checker.js';
import type { RuleSet } from './rule-set.js';
import type { DatasetIndex, FactContext } from './types.js';

/**
 * What facts may read besides their subject during one check: the
 * reference date, parameters, which tables were provided, ID-number counts
 * over the whole data set, and region names.
 *
 * @param ruleSet - The loaded rules.
 * @param dataset - The data being checked.
 * @returns The context.
 */
export function createContext(ruleSet: RuleSet, dataset: Dataset): FactContext {
  const absent = new Set(dataset.absentTables ?? []);
  const incomplete = new Set(dataset.incompleteHouseholds ?? []);
  const unplaced = dataset.unplacedMembers ?? 0;

  return {
    asOf: ruleSet.asOf,
    hasTable: (name) => !absent.has(name),
    hasAllMembers: (householdId) =>
      unplaced === 0 && !incomplete.has(householdId),
    param: (name) => ruleSet.parameters.get(name)?.value,
    index: dataset.index ?? memberIndex(dataset),
    regions: ruleSet.regions,
  };
}

/** ID-number look-ups over the members of a data set and its rejected IDs. */
function memberIndex(dataset: Dataset): DatasetIndex {
  const idCounts = new Map<string, number>();
  const idHomes = new Map<string, string[]>();
  for (const id of dataset.rejectedMemberIds ?? []) {
    idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  }
  for (const member of dataset.members) {
    const id = member.idNumber;
    if (!id) continue;
    idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    const homes = idHomes.get(id) ?? [];
    if (!homes.includes(member.householdId)) homes.push(member.householdId);
    idHomes.set(id, homes);
  }

  return {
    membersWithId: (id) => idCounts.get(id) ?? 0,
    householdsWithId: (id) => [...(idHomes.get(id) ?? [])].sort(),
  };
}
