import type { RuleDefinition } from '@duibiao/core';

import { screeningOverdue } from './screening-overdue.js';

/** Shaanxi rules of category risk (返贫致贫风险点). */
export const riskRules: readonly RuleDefinition[] = [screeningOverdue];
