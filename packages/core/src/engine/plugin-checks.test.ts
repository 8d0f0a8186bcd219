import { loadRuleSet, type Plugin } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  base,
  city,
  noPhone,
  problems,
  province,
} from './__fixtures__/composed-plugins.js';

/**
 * Mistakes in a plugin as a whole that the loader names with their
 * place: regions that are no region code prefixes, an override of
 * another kind than the base's value, one rule changed twice by one
 * plugin, a subject no rule can have.
 */
describe('a plugin’s own mistakes', () => {
  it('regions that are not a list of 2 to 12 digits', () => {
    const text: Plugin = { ...city, regions: '6103' as never };
    const letters: Plugin = { ...city, regions: ['6103', '61a3', '6'] };

    expect(problems([text])).toEqual([
      { code: 'DUIBIAO_INVALID_PLUGIN', plugin: 'city', path: 'regions' },
    ]);
    expect(problems([letters])).toEqual([
      { code: 'DUIBIAO_INVALID_PLUGIN', plugin: 'city', path: 'regions[1]' },
      { code: 'DUIBIAO_INVALID_PLUGIN', plugin: 'city', path: 'regions[2]' },
    ]);
  });

  it('an override whose value is text where the base’s is a number', () => {
    const quoted: Plugin = {
      ...city,
      parameters: [
        {
          name: 'incomeLine',
          description: 'The city’s line.',
          values: [
            { from: '2020-07-01', value: 5000 },
            { from: '2021-01-01', value: '5500' },
          ],
        },
      ],
    };

    expect(problems([quoted])).toEqual([
      {
        code: 'DUIBIAO_INVALID_PLUGIN',
        plugin: 'city',
        path: 'parameters[0].values[1].value',
      },
    ]);
    expect(() => loadRuleSet([quoted], '2021-06-30')).toThrow(
      'parameter incomeLine overrides base\'s, whose value is a number (4000), with text ("5500")',
    );
  });

  it('one plugin both replacing and switching off a rule', () => {
    const twice: Plugin = {
      ...province,
      disables: [{ ruleId: 'base/low-wage', reason: '不再核查' }],
    };

    expect(problems([twice])).toEqual([
      {
        code: 'DUIBIAO_CONFLICT',
        plugin: 'province',
        rule: 'base/low-wage',
        path: 'disables[0].ruleId',
      },
    ]);
  });

  it('a subject that is no subject kind, named in the message', () => {
    const odd: Plugin = {
      ...base,
      rules: [{ ...noPhone, subject: 'households' as never }],
    };

    expect(problems([odd])).toEqual([
      {
        code: 'DUIBIAO_INVALID_RULE',
        plugin: 'base',
        rule: 'base/no-phone',
        path: 'subject',
      },
    ]);
    expect(() => loadRuleSet([odd], '2020-09-30')).toThrow(
      /subject must be one of household, .*, not "households"/,
    );
  });
});
