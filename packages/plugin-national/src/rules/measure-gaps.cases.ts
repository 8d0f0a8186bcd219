import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the national rules in measure-gaps.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const measureGapsCases: Readonly<Record<string, RuleCases>> = {};
