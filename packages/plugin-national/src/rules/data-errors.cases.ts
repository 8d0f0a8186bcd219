import type { RuleCases } from '@duibiao/core';

/**
 * Test cases of the national data-error rules that judge the registry on
 * its own (ID numbers, region codes, relations, ages, income arithmetic,
 * causes and measures), by rule id.
 */
export const dataErrorsCases: Readonly<Record<string, RuleCases>> = {};
