import type { FactDefinition, RuleDefinition } from '@duibiao/core';
import { defineFact, defineParameter, definePlugin } from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

const lowIncome: RuleDefinition = {
  id: 'xian/low-income',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  basis: 'test',
  department: '扶贫部门',
  action: '核实',
  title: '人均纯收入低于线',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
    ],
  },
  message: { zh: '{perCapitaNetIncome}', en: '{perCapitaNetIncome}' },
};

const cases = {
  valid: [],
  invalid: [],
};

const spec = {
  name: '@xian/duibiao-plugin',
  id: 'xian',
  version: '1.0.0',
  rules: [lowIncome],
};

/** The spec with one field changed, past the compiler, as from JSON. */
function withField(key: string, value: unknown) {
  return { ...spec, [key]: value } as never;
}

describe('definePlugin', () => {
  it('returns a plugin with the fields it was given', () => {
    const plugin = definePlugin({
      ...spec,
      tests: { 'xian/low-income': cases },
    });

    expect(plugin).toEqual({ ...spec, tests: { 'xian/low-income': cases } });
  });

  it.each(['name', 'id', 'version'])(
    'refuses a plugin without a %s, or with a blank one',
    (key) => {
      const message = `a plugin needs a ${key} (a non-empty string)`;

      expect(() => definePlugin(withField(key, undefined))).toThrow(
        new TypeError(`${message}, not undefined`),
      );
      expect(() => definePlugin(withField(key, '  '))).toThrow(
        new TypeError(`${message}, not "  "`),
      );
    },
  );

  it('refuses an id with capitals, spaces or a slash', () => {
    for (const id of ['Xian', 'xi an', 'shaanxi/xian']) {
      expect(() => definePlugin({ ...spec, id })).toThrow(
        new TypeError(
          `plugin @xian/duibiao-plugin: id must be lower-case letters, digits and dashes, not "${id}"`,
        ),
      );
    }
    expect(definePlugin({ ...spec, id: 'xi-an-2' }).id).toBe('xi-an-2');
  });

  it('refuses cases of a rule the plugin neither defines nor replaces', () => {
    const tests = { 'xian/low-incme': cases };

    expect(() => definePlugin({ ...spec, tests })).toThrow(
      new TypeError(
        'plugin @xian/duibiao-plugin: tests["xian/low-incme"] names a rule the plugin neither defines nor replaces',
      ),
    );
  });

  it('refuses regions given as one string, which would be read a character at a time', () => {
    expect(() => definePlugin(withField('regions', '6103'))).toThrow(
      new TypeError(
        'plugin @xian/duibiao-plugin: regions must be a list of region code prefixes such as ["6103"], not "6103"',
      ),
    );
  });

  it.each([['61a3'], ['6'], ['6101241012011'], [6103]])(
    'refuses the region %j, which is not a prefix of 2 to 12 digits',
    (prefix) => {
      const regions = ['6101', prefix];

      expect(() => definePlugin(withField('regions', regions))).toThrow(
        new TypeError(
          `plugin @xian/duibiao-plugin: regions[1] must be a region code prefix of 2 to 12 digits, not ${JSON.stringify(prefix)}`,
        ),
      );
    },
  );

  it('takes prefixes of 2 and of 12 digits', () => {
    const regions = ['61', '610124101201'];

    expect(definePlugin({ ...spec, regions }).regions).toEqual(regions);
  });

  it('refuses a rule it both replaces and switches off', () => {
    const replacement = { ...lowIncome, id: 'base/low-income' };
    const other = { ruleId: 'base/no-phone', reason: '不适用' };

    expect(() =>
      definePlugin({
        ...spec,
        replaces: [{ rule: replacement, reason: '西安市口径' }],
        disables: [other, { ruleId: 'base/low-income', reason: '不适用' }],
      }),
    ).toThrow(
      new TypeError(
        'plugin @xian/duibiao-plugin: disables[1].ruleId names base/low-income, which replaces[0] replaces too: a plugin either replaces a rule or switches it off',
      ),
    );
  });

  it('takes cases of a rule it replaces', () => {
    const replacement = { ...lowIncome, id: 'base/low-income' };
    const plugin = definePlugin({
      ...spec,
      rules: [],
      replaces: [{ rule: replacement, reason: '西安市口径' }],
      tests: { 'base/low-income': cases },
    });

    expect(Object.keys(plugin.tests ?? {})).toEqual(['base/low-income']);
  });
});

describe('defineParameter', () => {
  const line = {
    name: 'incomeLine',
    description: 'The income line.',
    values: [{ from: '2020-01-01', value: 4000 }],
  };

  it('returns the parameter it was given', () => {
    expect(defineParameter(line)).toBe(line);
    const always = { ...line, values: [{ from: null, value: 4000 }] };
    expect(defineParameter(always)).toBe(always);
  });

  it.each([undefined, '', '  ', 4000])(
    'refuses the name %j, which is not a non-empty string',
    (name) => {
      expect(() => defineParameter({ ...line, name } as never)).toThrow(
        new TypeError(
          `a parameter needs a name (a non-empty string), not ${JSON.stringify(name)}`,
        ),
      );
    },
  );

  it('refuses a value that is not a { from, value } object', () => {
    const values = [{ from: '2020-01-01', value: 4000 }, 4500];

    expect(() => defineParameter({ ...line, values } as never)).toThrow(
      new TypeError(
        'parameter "incomeLine": values[1] must be an object { from, value }, not 4500',
      ),
    );
  });

  it('refuses a parameter without values', () => {
    const message =
      'parameter "incomeLine": values must list at least one dated value';

    expect(() => defineParameter({ ...line, values: [] })).toThrow(
      new TypeError(message),
    );
    expect(() =>
      defineParameter({ ...line, values: undefined } as never),
    ).toThrow(new TypeError(message));
  });

  it.each(['2020-7-1', '2020-07', '2020-02-30', '20200701', ''])(
    'refuses a value dated %j, which is not a YYYY-MM-DD day',
    (from) => {
      const values = [
        { from: '2019-01-01', value: 3000 },
        { from, value: 4000 },
      ];

      expect(() => defineParameter({ ...line, values })).toThrow(
        new TypeError(
          `parameter "incomeLine": values[1].from must be a YYYY-MM-DD date or null, not ${JSON.stringify(from)}`,
        ),
      );
    },
  );

  it('refuses two values taking effect on one date', () => {
    const twice = [
      { from: '2020-07-01', value: 4000 },
      { from: '2020-07-01', value: 4500 },
    ];
    const always = [
      { from: null, value: 4000 },
      { from: null, value: 4500 },
    ];

    expect(() => defineParameter({ ...line, values: twice })).toThrow(
      new TypeError(
        'parameter "incomeLine": two values take effect on 2020-07-01',
      ),
    );
    expect(() => defineParameter({ ...line, values: always })).toThrow(
      new TypeError(
        'parameter "incomeLine": two values take effect on the same (null) date',
      ),
    );
  });
});

describe('defineFact', () => {
  const fact: FactDefinition<'household'> = {
    name: 'hasPhone',
    subject: 'household',
    type: 'boolean',
    description: 'Whether the household gave a phone number.',
    inputs: ['households.phone'],
    compute: ({ household }) => household.phone != null,
  };

  it('returns the fact it was given', () => {
    expect(defineFact(fact)).toBe(fact);
    expect(defineFact({ ...fact, name: 'phone.count_2' }).name).toBe(
      'phone.count_2',
    );
  });

  it.each(['$run', '', '2phones', '.phone', 'has phone'])(
    'refuses the name %j, which does not start with a letter or holds other signs',
    (name) => {
      expect(() => defineFact({ ...fact, name })).toThrow(
        new TypeError(
          `a fact's name must start with a letter and hold letters, digits, _ and ., not ${JSON.stringify(name)}`,
        ),
      );
    },
  );

  it('refuses a computation that is not a function', () => {
    const compute = 'household.phone != null' as never;

    expect(() => defineFact({ ...fact, compute })).toThrow(
      new TypeError('fact hasPhone: compute must be a function, not string'),
    );
    expect(() => defineFact({ ...fact, compute: undefined as never })).toThrow(
      new TypeError('fact hasPhone: compute must be a function, not undefined'),
    );
  });
});
