import type { RuleDefinition } from '@duibiao/core';

/** National rules of category measure-gap (帮扶措施空白点). */
export const measureGapRules: readonly RuleDefinition[] = [];
