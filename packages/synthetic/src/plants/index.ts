import type { Planter } from '../types.js';
import { consistencyPlanters } from './consistency.js';
import { identityPlanters } from './data-errors.js';
import { duplicateSource } from './identity-pairs.js';
import { measureGapPlanters } from './measure-gaps.js';
import { policyGapPlanters } from './policy-gaps.js';
import { riskPlanters } from './risks.js';
import { villagePlanters } from './villages.js';

export { blankers } from './blanks.js';
export { duplicateCopy, duplicateSource } from './identity-pairs.js';
export { villageBlankers, villagePlanters } from './villages.js';

/** Every household and member planter, by category. */
export const householdPlanters: readonly Planter[] = [
  ...policyGapPlanters,
  ...measureGapPlanters,
  ...riskPlanters,
  ...identityPlanters,
  duplicateSource,
  ...consistencyPlanters,
];

/**
 * The rules the generator plants problems for, sorted: every household,
 * member and village planter's rule.
 */
export const PLANTED_RULES: readonly string[] = [
  ...new Set(
    [...householdPlanters, ...villagePlanters].map((planter) => planter.ruleId),
  ),
].sort();
