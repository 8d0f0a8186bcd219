import { ruleAuthoring } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';

import { parameters } from './parameters.js';

/**
 * `defineRule` checked against every fact, parameter and shared
 * condition of Shaanxi, national and Xi'an: a misspelt name is a
 * compile error in the rule's file.
 */
export const { defineRule } = ruleAuthoring({
  extends: [shaanxi],
  parameters,
});
