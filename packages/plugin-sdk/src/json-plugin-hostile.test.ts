import {
  createChecker,
  type Household,
  loadRuleSet,
  pickPath,
  type Plugin,
  renderMessage,
  RuleSetError,
} from '@duibiao/core';
import {
  defineFact,
  JsonPluginError,
  pluginFromJson,
} from '@duibiao/plugin-sdk';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * A JSON plugin is data: names in it that an object's prototype has
 * (`constructor`, `toString`, `__proto__`) must be refused or read as
 * nothing, never found on Object.prototype, and text that looks like
 * code must stay text.
 */
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
    {
      name: 'ageBand',
      description: 'An object-valued parameter.',
      values: [{ from: '2019-01-01', value: { min: 16, max: 60 } }],
    },
  ],
  rules: [],
};

/** A rule of the plugin, with its conditions and message as given. */
function rule(over: Record<string, unknown> = {}) {
  return {
    id: 'city/probe',
    subject: 'household',
    category: 'risk',
    indicator: 'income',
    severity: 'medium',
    title: '探测',
    basis: '陕脱贫发〔2020〕9号 二（一）',
    department: '扶贫部门',
    action: '核实',
    conditions: {
      all: [{ fact: 'perCapitaNetIncome', operator: 'lessThan', value: 5000 }],
    },
    message: { zh: '人均纯收入 {perCapitaNetIncome} 元', en: 'x' },
    ...over,
  };
}

/** A 贫困户 living on 3,500 yuan a head. */
const HOME = {
  householdId: 'H1',
  householdType: '贫困户',
  perCapitaNetIncome: 3500,
} as Household;

const plugin = (rules: unknown[], parameters: unknown[] = []) =>
  pluginFromJson(
    {
      name: 'city',
      id: 'city',
      version: '0.1.0',
      extends: ['base'],
      rules,
      parameters,
    },
    { source: 'city.json', bases: { base } },
  );

/** The load problems of a plugin with one rule, as `path: message`. */
function loadProblems(over: Record<string, unknown>): string[] {
  try {
    loadRuleSet([plugin([rule(over)])], '2020-09-30');
  } catch (error) {
    if (error instanceof RuleSetError)
      return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const comparing = (condition: Record<string, unknown>) => ({
  conditions: { all: [{ fact: 'perCapitaNetIncome', ...condition }] },
});

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
];

afterEach(() => {
  // Nothing a test did may have reached every object.
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(
    'polluted',
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('names a JSON plugin gives that an object prototype has', () => {
  it.each(PROTOTYPE_NAMES)('refuses %s as an operator at load', (name) => {
    expect(loadProblems(comparing({ operator: name, value: 5000 }))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^conditions\\.all\\[0\\]\\.operator: unknown operator "${name}"; use one of equal, `,
        ),
      ),
    ]);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'finds no %s inside a parameter value, in a condition or a message',
    (key) => {
      expect(
        loadProblems(
          comparing({ operator: 'equal', value: { param: `ageBand.${key}` } }),
        ),
      ).toEqual([
        `conditions.all[0].value.param: parameter ageBand has no ${key}`,
      ]);
      expect(
        loadProblems({ message: { zh: `{ageBand.${key}}`, en: 'x' } }),
      ).toEqual([
        `message: the message names {ageBand.${key}}, but parameter ageBand has no ${key}`,
      ]);
      expect(pickPath({ min: 16 }, [key])).toBeUndefined();
      expect(pickPath({ min: 16 }, ['min'])).toBe(16);
    },
  );

  it.each(['constructor', '__proto__'])(
    'refuses {%s} in a message as neither fact nor parameter',
    (name) => {
      expect(loadProblems({ message: { zh: `{${name}}`, en: 'x' } })).toEqual([
        `message.zh: the message names {${name}}, which is neither a fact of this subject nor a parameter`,
      ]);
    },
  );

  it.each(['__proto__', 'polluted.x', '$x'])(
    'refuses a parameter named %s',
    (name) => {
      const parameter = {
        name,
        description: 'd',
        values: [{ from: null, value: { polluted: 1 } }],
      };

      expect(() => plugin([], [parameter])).toThrow(JsonPluginError);
      try {
        plugin([], [parameter]);
      } catch (error) {
        expect((error as JsonPluginError).problems).toEqual([
          {
            path: 'parameters[0]',
            message: `a parameter's name must start with a letter and hold letters, digits and _, not ${JSON.stringify(name)}`,
          },
        ]);
      }
    },
  );

  it('keeps a parameter named constructor as a value of its own', async () => {
    const parameter = {
      name: 'constructor',
      description: 'd',
      values: [{ from: null, value: 7 }],
    };
    const probe = rule({ message: { zh: '{constructor} 人', en: 'x' } });
    const checker = createChecker({
      plugins: [plugin([probe], [parameter])],
      asOf: '2020-09-30',
    });
    const { findings } = await checker.check({
      households: [HOME],
      members: [],
      villages: [],
    });
    const [finding] = findings.filter((f) => f.ruleId === 'city/probe');

    expect(finding?.message).toBe('7 人');
    expect(Object.hasOwn(finding?.data ?? {}, 'constructor')).toBe(true);
    expect(finding?.data.constructor).toBe(7);
  });
});

describe('facts named like Object.prototype’s members', () => {
  it.each(['constructor', 'toString', 'valueOf'])(
    'a fact named %s is its own value in the message and the data',
    async (name) => {
      const fact = defineFact({
        name,
        subject: 'household',
        type: 'number',
        description: 'A fact named like a member of every object.',
        inputs: ['households.perCapitaNetIncome'],
        compute: () => 42,
      });
      const probe = rule({ message: { zh: `{${name}} 元`, en: 'x' } });
      const withFact: Plugin = {
        name: 'coded',
        id: 'city',
        version: '0.1.0',
        extends: [base],
        facts: [fact],
        rules: [probe as never],
      };
      const checker = createChecker({
        plugins: [withFact],
        asOf: '2020-09-30',
      });
      const { findings } = await checker.check({
        households: [HOME],
        members: [],
        villages: [],
      });
      const [finding] = findings.filter((f) => f.ruleId === 'city/probe');

      expect(finding?.message).toBe('42 元');
      expect(Object.hasOwn(finding?.data ?? {}, name)).toBe(true);
    },
  );
});

describe('renderMessage', () => {
  it('finds no name on Object.prototype: a name the data lacks is 未知', () => {
    expect(renderMessage('{toString} {constructor} {x}', { x: 1 })).toBe(
      '未知 未知 1',
    );
  });
});

describe('paths in conditions', () => {
  it.each([
    '$.__proto__',
    '$.constructor.prototype',
    '$.a.constructor',
    '$..[?(@.x)]',
    "$[?(@.constructor.constructor('process.exit(9)')())]",
    '$.a[(@.length-1)]',
    '$.*',
  ])('refuses %s at load: only $.a.b and [0] steps are read', (path) => {
    expect(
      loadProblems(comparing({ operator: 'equal', value: 1, path })),
    ).toEqual([
      `conditions.all[0].path: path must look like $.a.b or $.list[0], without __proto__, constructor or prototype, not ${JSON.stringify(path)}`,
    ]);
  });

  it('takes a plain path whose step only begins like one of those names', () => {
    expect(
      loadProblems(
        comparing({ operator: 'equal', value: 1, path: '$.constructors[0]' }),
      ),
    ).toEqual([]);
  });
});

describe('text that looks like code', () => {
  const CODE = "${process.exit(9)} constructor.constructor('return process')()";

  it('is compared as text and written into the message as it is', async () => {
    const probe = rule({
      conditions: {
        all: [
          { fact: 'perCapitaNetIncome', operator: 'notEqual', value: CODE },
        ],
      },
      message: { zh: `${CODE} {perCapitaNetIncome}`, en: CODE },
    });
    const checker = createChecker({
      plugins: [plugin([probe])],
      asOf: '2020-09-30',
    });
    const { findings } = await checker.check({
      households: [HOME],
      members: [],
      villages: [],
    });

    // 3500 is not the text, so the rule fires; the process is still here.
    expect(findings.filter((f) => f.ruleId === 'city/probe')).toEqual([
      expect.objectContaining({ message: `${CODE} 3500` }),
    ]);
  });
});
