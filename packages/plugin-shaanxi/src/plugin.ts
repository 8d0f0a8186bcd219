import { national } from '@duibiao/plugin-national';
import { definePlugin } from '@duibiao/plugin-sdk';

import { facts } from './facts/index.js';
import { parameters } from './parameters.js';
import townships from './regions/townships.json';
import { shaanxiCases } from './rules/cases.js';
import { measureGapRules } from './rules/measure-gaps.js';
import { riskRules } from './rules/risks.js';

/**
 * The Shaanxi plugin: the national rules, plus the duties of the
 * provincial notice 陕脱贫发〔2020〕9号 and the names of Shaanxi's
 * townships. With the townships known, findings in Shaanxi name their
 * township, and a village code whose township does not exist is an error.
 *
 * @example
 * const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
 */
export const shaanxi = definePlugin({
  name: '@duibiao/plugin-shaanxi',
  id: 'shaanxi',
  version: '0.1.0',
  regions: ['61'],
  extends: [national],
  parameters,
  facts,
  rules: [...measureGapRules, ...riskRules],
  tests: shaanxiCases,
  regionNames: townships,
});
