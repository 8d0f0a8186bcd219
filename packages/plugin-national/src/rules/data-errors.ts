import type { RuleDefinition } from '@duibiao/core';

/** National rules of category data-error (数据信息差错点). */
export const dataErrorRules: readonly RuleDefinition[] = [];
