import { createChecker, loadRuleSet, type Plugin } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  city,
  home,
  problems,
  reported,
} from './__fixtures__/composed-plugins.js';

describe('a parameter override', () => {
  it('applies the city’s value from its date, and the base’s before', () => {
    const before = loadRuleSet([city], '2020-06-30');
    const from = loadRuleSet([city], '2020-07-01');

    expect(before.parameters.get('incomeLine')).toMatchObject({
      value: 4000,
      from: '2019-01-01',
      source: 'base',
    });
    expect(from.parameters.get('incomeLine')).toMatchObject({
      value: 5000,
      from: '2020-07-01',
      source: 'city',
    });
    expect(from.parameterValues.get('incomeLine')).toEqual([
      { from: '2019-01-01', value: 4000, source: 'base' },
      { from: '2020-07-01', value: 5000, source: 'city' },
    ]);
  });

  it('moves a rule’s findings with the date', async () => {
    const p = home('P', { perCapitaNetIncome: 4500 });
    const q = home('Q', { perCapitaNetIncome: 3900 });
    const checker = createChecker({ plugins: [city], asOf: '2020-07-01' });
    const { findings } = await checker.check({
      households: [p],
      members: [],
      villages: [],
    });

    expect(await reported([city], '2020-06-30', [p, q])).toEqual([
      'base/below-line Q',
    ]);
    expect(await reported([city], '2020-07-01', [p, q])).toEqual([
      'base/below-line P',
      'base/below-line Q',
    ]);
    expect(findings[0]?.data).toEqual({
      incomeLine: 5000,
      perCapitaNetIncome: 4500,
    });
  });

  it('wins over the base’s value on the same date', () => {
    const sameDay: Plugin = {
      ...city,
      parameters: [
        {
          name: 'incomeLine',
          description: 'The city’s income line.',
          values: [{ from: '2019-01-01', value: 4200 }],
        },
      ],
    };

    expect(
      loadRuleSet([sameDay], '2019-01-01').parameters.get('incomeLine'),
    ).toMatchObject({ value: 4200, source: 'city' });
  });

  it('given for always, wins over every dated value of the base', () => {
    // The base's 2019 value is later than "always", but the city overrides
    // the base: its value is the one in force whenever it has one.
    const always: Plugin = {
      ...city,
      parameters: [
        {
          name: 'incomeLine',
          description: 'The city’s income line.',
          unit: '元',
          values: [{ from: null, value: 4200 }],
        },
      ],
    };

    expect(
      loadRuleSet([always], '2020-09-30').parameters.get('incomeLine'),
    ).toEqual({
      name: 'incomeLine',
      description: 'The city’s income line.',
      unit: '元',
      value: 4200,
      from: null,
      source: 'city',
    });
  });

  it('is described as the city’s while its value is in force, as the base’s before', () => {
    const described: Plugin = {
      ...city,
      parameters: [
        {
          name: 'incomeLine',
          description: 'The city’s income line.',
          values: [{ from: '2020-07-01', value: 5000 }],
        },
      ],
    };
    const base = loadRuleSet([described], '2020-06-30').parameters;
    const own = loadRuleSet([described], '2020-07-01').parameters;

    expect(own.get('incomeLine')?.description).toBe('The city’s income line.');
    expect(base.get('incomeLine')?.description).not.toBe(
      'The city’s income line.',
    );
  });
});

describe('plugins extending each other', () => {
  it('are refused when extends forms a cycle, which the error spells out', () => {
    const a: Plugin = { name: 'a', id: 'a', version: '1.0.0' };
    const b: Plugin = { name: 'b', id: 'b', version: '1.0.0', extends: [a] };
    (a as { extends?: Plugin[] }).extends = [b];

    expect(() => loadRuleSet([b], '2020-09-30')).toThrow(
      /plugin b: extends forms a cycle: b → a → b \[DUIBIAO_EXTENDS_CYCLE\]/,
    );
    expect(problems([b])).toEqual([
      { code: 'DUIBIAO_EXTENDS_CYCLE', plugin: 'b' },
    ]);
  });
});
