import { definePlugin } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';

import { parameters } from './parameters.js';
import { chronicNoContractCases } from './rules/chronic-no-contract.cases.js';
import { chronicNoContract } from './rules/chronic-no-contract.js';

/**
 * Xi'an (西安市, region 6101): the Shaanxi rules with Xi'an's monitoring
 * line from 1 July 2020 and a rule of its own on chronic-disease service
 * contracts.
 *
 * @example
 * const checker = createChecker({ plugins: [xian], asOf: '2020-09-30' });
 */
export const xian = definePlugin({
  name: '@duibiao-examples/plugin-xian',
  id: 'xian',
  version: '0.1.0',
  regions: ['6101'],
  extends: [shaanxi],
  parameters,
  rules: [chronicNoContract],
  tests: { 'xian/chronic-no-contract': chronicNoContractCases },
});
