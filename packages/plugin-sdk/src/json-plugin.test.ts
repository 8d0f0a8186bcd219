import { loadRuleSet, type Plugin, RuleSetError } from '@duibiao/core';
import { JsonPluginError, pluginFromJson } from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

const base: Plugin = {
  name: 'base',
  id: 'base',
  version: '1.0.0',
  parameters: [
    {
      name: 'incomeLine',
      description: 'The income line.',
      values: [{ from: '2019-01-01', value: 4000 }],
    },
  ],
  rules: [],
};

const rule = {
  id: 'city/low-income',
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'medium',
  title: '收入低于本市标准',
  basis: '陕脱贫发〔2020〕9号 二（一）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元',
    en: '{perCapitaNetIncome}',
  },
};

/** The head of a plugin that extends the base. */
const city = { name: 'city', id: 'city', version: '0.1.0', extends: ['base'] };

const read = (value: unknown) =>
  pluginFromJson(value, { source: 'city.json', bases: { base } });

function problemsOf(value: unknown): { path: string; message: string }[] {
  try {
    read(value);
  } catch (error) {
    if (error instanceof JsonPluginError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('pluginFromJson', () => {
  it('makes a plugin that extends its base by name and overrides a parameter', () => {
    const plugin = read({
      name: 'city',
      id: 'city',
      version: '0.1.0',
      regions: ['6101'],
      extends: ['base'],
      parameters: [
        {
          name: 'incomeLine',
          description: 'The city’s line.',
          values: [{ from: '2020-07-01', value: 5000 }],
        },
      ],
      rules: [rule],
    });
    const ruleSet = loadRuleSet([plugin], '2020-09-30');

    expect(plugin.extends).toEqual([base]);
    expect(ruleSet.rules.map((r) => r.definition.id)).toEqual([
      'city/low-income',
    ]);
    expect(ruleSet.parameters.get('incomeLine')).toMatchObject({
      value: 5000,
      source: 'city',
    });
  });

  it('lists every problem of the file with its JSON path', () => {
    expect(
      problemsOf({
        name: 'city',
        id: 'city',
        extends: ['base', 'nowhere'],
        facts: [],
        parameters: [{ name: 'x', description: 'x', values: [] }, 3],
        rules: [rule, 'not a rule'],
        colour: 'red',
      }),
    ).toEqual([
      {
        path: 'facts',
        message: 'facts are code: a JSON plugin uses the facts of its bases',
      },
      {
        path: 'colour',
        message:
          'unknown key; a plugin has name, id, version, regions, extends, parameters, rules, replaces, disables, tests, regionNames',
      },
      { path: 'version', message: 'a non-empty string is required' },
      { path: 'extends[1]', message: 'unknown plugin "nowhere"; known: base' },
      {
        path: 'parameters[0]',
        message: 'parameter "x": values must list at least one dated value',
      },
      { path: 'parameters[1]', message: expect.any(String) },
      { path: 'rules[1]', message: 'an object is expected' },
    ]);
  });

  it('refuses a parameter’s unknown keys and a blank name', () => {
    expect(
      problemsOf({
        ...city,
        parameters: [
          {
            name: 'incomeLine',
            description: 'The city’s line.',
            unit2: '元',
            valeus: [],
            values: [{ from: '2020-07-01', value: 5000 }],
          },
          { name: '', description: 'y', values: [{ from: null, value: 1 }] },
          { name: 'z', values: [{ from: '2020-01-01', vlaue: 3 }] },
        ],
      }),
    ).toEqual([
      {
        path: 'parameters[0].unit2',
        message: 'unknown key; a parameter has name, description, unit, values',
      },
      {
        path: 'parameters[0].valeus',
        message: 'unknown key; a parameter has name, description, unit, values',
      },
      {
        path: 'parameters[1]',
        message: 'a parameter needs a name (a non-empty string), not ""',
      },
      {
        path: 'parameters[2].description',
        message: 'a string is required: one line in English',
      },
      {
        path: 'parameters[2].values[0].vlaue',
        message: 'unknown key; a dated value has from, value',
      },
    ]);
  });

  it('makes the checks definePlugin makes, each at its path', () => {
    const replaced = { ...rule, id: 'base/low-income' };

    expect(
      problemsOf({
        ...city,
        id: 'City',
        regions: ['6101', '61a3'],
        replaces: [{ rule: replaced, reason: '市级口径' }],
        disables: [{ ruleId: 'base/low-income', reason: '不适用' }],
        tests: { 'city/nothing': { valid: [], invalid: [] } },
      }),
    ).toEqual([
      {
        path: 'id',
        message: 'must be lower-case letters, digits and dashes, not "City"',
      },
      {
        path: 'regions[1]',
        message: 'must be a region code prefix of 2 to 12 digits, not "61a3"',
      },
      {
        path: 'tests["city/nothing"]',
        message: 'names a rule the plugin neither defines nor replaces',
      },
      {
        path: 'disables[0].ruleId',
        message:
          'names base/low-income, which replaces[0] replaces too: a plugin either replaces a rule or switches it off',
      },
    ]);
    expect(problemsOf({ ...city, regions: '6101' })).toEqual([
      {
        path: 'regions',
        message:
          'must be a list of region code prefixes such as ["6103"], not "6101"',
      },
    ]);
  });

  it('says why a base could not be loaded, when told', () => {
    const reason = 'Expected double-quoted property name at line 4, column 3';
    const plugin = {
      ...city,
      extends: ['base', './comma.json', './none.json'],
    };
    const read = () =>
      pluginFromJson(plugin, {
        source: 'city.json',
        bases: { base },
        unavailable: { './comma.json': reason },
      });

    expect(read).toThrow(
      new JsonPluginError('city.json', [
        {
          path: 'extends[1]',
          message: `cannot load "./comma.json": ${reason}`,
        },
        {
          path: 'extends[2]',
          message: 'unknown plugin "./none.json"; known: base',
        },
      ]),
    );
  });

  it('indents a problem’s further lines under it, as when it quotes a base’s problems', () => {
    const error = new JsonPluginError('city.json', [
      { path: 'extends[0]', message: 'cannot load "./y.json": two\nlines' },
      { path: 'version', message: 'a non-empty string is required' },
    ]);

    expect(error.message).toBe(
      'city.json is not a usable plugin (2 problems):\n- at extends[0]: cannot load "./y.json": two\n  lines\n- at version: a non-empty string is required',
    );
  });

  it('refuses keys that would reach an object’s prototype, wherever they are', () => {
    const text =
      '{"name":"c","id":"c","version":"1","rules":[{"conditions":{"all":[{"__proto__":{"polluted":true}}]}}],"constructor":1}';

    expect(problemsOf(JSON.parse(text)).map((p) => p.path)).toEqual([
      'rules[0].conditions.all[0].__proto__',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves the rules’ names to the loader, which names plugin, rule and path', () => {
    const plugin = read({
      name: 'city',
      id: 'city',
      version: '0.1.0',
      extends: ['base'],
      rules: [
        {
          ...rule,
          conditions: {
            all: [
              { fact: 'perCapitaNetIncom', operator: 'lessThen', value: 1 },
            ],
          },
        },
      ],
    });

    expect(() => loadRuleSet([plugin], '2020-09-30')).toThrow(RuleSetError);
    try {
      loadRuleSet([plugin], '2020-09-30');
    } catch (error) {
      expect((error as RuleSetError).problems).toMatchObject([
        {
          plugin: 'city',
          rule: 'city/low-income',
          path: 'conditions.all[0].fact',
          code: 'DUIBIAO_UNKNOWN_FACT',
        },
        {
          plugin: 'city',
          rule: 'city/low-income',
          path: 'conditions.all[0].operator',
          code: 'DUIBIAO_UNKNOWN_OPERATOR',
        },
      ]);
    }
  });

  it('is not a plugin when the file holds no object', () => {
    expect(problemsOf([1, 2])).toEqual([
      { path: '$', message: 'a plugin is an object' },
    ]);
  });
});
