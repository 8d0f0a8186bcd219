import type { RuleDefinition } from '@duibiao/core';

import { noLiaison } from './no-liaison.js';

/** Shaanxi rules of category measure-gap (帮扶措施空白点). */
export const measureGapRules: readonly RuleDefinition[] = [noLiaison];
