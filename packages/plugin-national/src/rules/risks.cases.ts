import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the national rules in risks.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const risksCases: Readonly<Record<string, RuleCases>> = {};
