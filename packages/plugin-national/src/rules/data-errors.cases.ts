import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the national rules in data-errors.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const dataErrorsCases: Readonly<Record<string, RuleCases>> = {};
