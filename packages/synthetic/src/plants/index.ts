import type { Planter, VillagePlanter } from '../types.js';
import { consistencyPlanters } from './consistency.js';
import { identityPlanters } from './data-errors.js';
import { recordPlanters } from './department-records.js';
import { enjoyedNotRecordedPlanters } from './enjoyed-not-recorded.js';
import { followUpPlanters } from './follow-ups.js';
import { duplicateSource } from './identity-pairs.js';
import { loanPlanters } from './loans.js';
import { measureGapPlanters } from './measure-gaps.js';
import { policyGapPlanters } from './policy-gaps.js';
import { projectPlanters } from './projects.js';
import { recordedNotEnjoyedPlanters } from './recorded-not-enjoyed.js';
import { riskPlanters } from './risks.js';
import { villagePlanters as facilityPlanters } from './villages.js';

export { blankers } from './blanks.js';
export { duplicateCopy, duplicateSource } from './identity-pairs.js';
export { villageBlankers } from './villages.js';

/**
 * The rule planted on a county whose phone spot checks are all more than
 * a week old: every fifth county from the second.
 */
export const LATE_CHECKS_RULE = 'shaanxi/spot-check-report-late';

/** Every village planter: facilities, PV income, liaison and projects. */
export const villagePlanters: readonly VillagePlanter[] = [
  ...facilityPlanters,
  ...projectPlanters,
];

/** Every household and member planter, by category. */
export const householdPlanters: readonly Planter[] = [
  ...policyGapPlanters,
  ...measureGapPlanters,
  ...riskPlanters,
  ...identityPlanters,
  duplicateSource,
  ...consistencyPlanters,
  ...enjoyedNotRecordedPlanters,
  ...recordedNotEnjoyedPlanters,
  ...recordPlanters,
  ...loanPlanters,
  ...followUpPlanters,
];

/**
 * The rules the generator plants problems for, sorted: every household,
 * member and village planter's rule, and the county's late spot checks.
 */
export const PLANTED_RULES: readonly string[] = [
  ...new Set([
    ...[...householdPlanters, ...villagePlanters].map(
      (planter) => planter.ruleId,
    ),
    LATE_CHECKS_RULE,
  ]),
].sort();
