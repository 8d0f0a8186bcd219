import type { RuleDefinition } from '@duibiao/core';

import { dropout } from './dropout.js';
import { incomeBelowLine } from './income-below-line.js';
import { clinic } from './village-infrastructure/clinic.js';

/** National rules of category policy-gap (政策落实漏点). */
export const policyGapRules: readonly RuleDefinition[] = [incomeBelowLine, dropout, clinic];
