import { definePlugin } from '@duibiao/plugin-sdk';

import { conditions } from './conditions.js';
import { facts } from './facts/index.js';
import { parameters } from './parameters.js';
import counties from './regions/counties.json';
import { dataErrorsListsCases } from './rules/data-errors-lists.cases.js';
import { dataErrorsCases } from './rules/data-errors.cases.js';
import { dataErrorRules } from './rules/data-errors.js';
import { measureGapsCases } from './rules/measure-gaps.cases.js';
import { measureGapRules } from './rules/measure-gaps.js';
import { policyGapsCases } from './rules/policy-gaps.cases.js';
import { policyGapRules } from './rules/policy-gaps.js';
import { risksCases } from './rules/risks.cases.js';
import { riskRules } from './rules/risks.js';

/**
 * The national plugin: the national standards ("two assurances and three
 * guarantees", safe water, the poverty and monitoring lines) and the
 * household, member and village rules every province shares.
 */
export const national = definePlugin({
  name: '@duibiao/plugin-national',
  id: 'national',
  version: '0.1.0',
  regions: [],
  parameters,
  facts,
  conditions,
  rules: [
    ...policyGapRules,
    ...measureGapRules,
    ...riskRules,
    ...dataErrorRules,
  ],
  tests: {
    ...policyGapsCases,
    ...measureGapsCases,
    ...risksCases,
    ...dataErrorsCases,
    ...dataErrorsListsCases,
  },
  regionNames: counties,
});
