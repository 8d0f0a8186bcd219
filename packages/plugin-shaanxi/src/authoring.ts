import { national } from '@duibiao/plugin-national';
import { ruleAuthoring } from '@duibiao/plugin-sdk';

import { facts } from './facts/index.js';
import { parameters } from './parameters.js';

/**
 * Defines a Shaanxi rule: the compiler checks each fact, parameter and
 * shared condition it names against those of the national plugin and
 * Shaanxi's own, and its operator, category, indicator, severity and
 * action against duibiao's.
 *
 * This module must not import the plugin or its rules: the rules import
 * it, so that would be a cycle.
 *
 * @example
 * export const noLiaison = defineRule({
 *   id: 'shaanxi/no-liaison',
 *   subject: 'village',
 *   ...
 * });
 */
export const { defineRule } = ruleAuthoring({
  extends: [national],
  facts,
  parameters,
});
