import type { RuleCases } from '@duibiao/core';

import { dropoutCases } from './dropout.cases.js';
/**
 * Test cases of the national rules in policy-gaps.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const policyGapsCases: Readonly<Record<string, RuleCases>> = {
  'national/dropout': dropoutCases,
};
