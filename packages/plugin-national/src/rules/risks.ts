import type { RuleDefinition } from '@duibiao/core';

/** National rules of category risk (返贫致贫风险点). */
export const riskRules: readonly RuleDefinition[] = [];
