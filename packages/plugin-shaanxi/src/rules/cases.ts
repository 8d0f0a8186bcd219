import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the Shaanxi rules, by rule id: subjects on which each
 * rule must stay silent and subjects on which it must report.
 */
export const shaanxiCases: Readonly<Record<string, RuleCases>> = {};
