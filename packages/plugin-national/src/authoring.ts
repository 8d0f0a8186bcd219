import { ruleAuthoring } from '@duibiao/plugin-sdk';

import { conditions } from './conditions.js';
import { facts } from './facts/index.js';
import { parameters } from './parameters.js';

/**
 * Defines a national rule: the compiler checks each fact, parameter and
 * shared condition it names against those the national plugin defines,
 * and its operator, category, indicator, severity and action against
 * duibiao's.
 *
 * This module must not import the plugin or its rules: the rules import
 * it, so that would be a cycle.
 *
 * @example
 * export const dropout = defineRule({
 *   id: 'national/dropout',
 *   subject: 'member',
 *   ...
 * });
 */
export const { defineRule } = ruleAuthoring({ facts, parameters, conditions });
