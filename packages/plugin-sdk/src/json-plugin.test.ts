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
