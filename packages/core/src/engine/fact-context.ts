import type { Dataset } from './checker.js';
import type { RuleSet } from './rule-set.js';
import type { FactContext } from './types.js';

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
  const idCounts = new Map<string, number>();
  for (const member of dataset.members) {
    if (member.idNumber) idCounts.set(member.idNumber, (idCounts.get(member.idNumber) ?? 0) + 1);
  }

  const absent = new Set(dataset.absentTables ?? []);
  const incomplete = new Set(dataset.incompleteHouseholds ?? []);

  return {
    asOf: ruleSet.asOf,
    hasTable: (name) => !absent.has(name),
    hasAllMembers: (householdId) => !incomplete.has(householdId),
    param: (name) => ruleSet.parameters.get(name)?.value,
    index: { membersWithId: (id) => idCounts.get(id) ?? 0 },
    regions: ruleSet.regions,
  };
}
