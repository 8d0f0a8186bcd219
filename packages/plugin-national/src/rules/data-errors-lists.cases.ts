import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the national data-error rules that compare the registry
 * with the line departments' lists and the follow-up tables, by rule id.
 */
export const dataErrorsListsCases: Readonly<Record<string, RuleCases>> = {};
