import {
  type Condition,
  loadRuleSet,
  type Plugin,
  type RuleDefinition,
  RuleSetError,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { householdRule } from './__fixtures__/household-rule.js';

import { bothOutcomes, handMade } from './pitfall-harness.js';

/**
 * Rule-engine traps a plugin author falls into, caught when the rules
 * load: a list where one value belongs and the reverse, numbers and dates
 * that are not, empty groups, ids defined twice, priorities that are not
 * whole numbers. Each is a `RuleSetError` whose problems name the plugin,
 * the rule and the JSON path, with a stable code and a message that says
 * what was expected and what was found.
 */

const rule = (id: string, conditions: unknown) =>
  householdRule(id, conditions, { id: `city/${id}` });

function city(rules: RuleDefinition[], extra: Partial<Plugin> = {}): Plugin {
  return { name: 'city', id: 'city', version: '1.0.0', rules, ...extra };
}

interface Problem {
  code: string;
  plugin: string;
  rule?: string;
  path?: string;
  message: string;
}

function problemsOf(plugins: Plugin[]): Problem[] {
  try {
    loadRuleSet(plugins, '2020-09-30');
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).problems.map(
      ({ code, plugin, rule, path, message }) => ({
        code,
        plugin,
        rule,
        path,
        message,
      }),
    );
  }
  throw new Error('expected the rules to be refused');
}

/** One rule of one comparison of `fact` refused at its value. */
function refusedValue(fact: string, operator: string, value: unknown) {
  const problems = problemsOf([
    city([rule('r', { all: [{ fact, operator, value }] })]),
  ]);

  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({
    code: 'DUIBIAO_INVALID_CONDITION',
    plugin: 'city',
    rule: 'city/r',
    path: 'conditions.all[0].value',
  });

  return (problems[0] as Problem).message;
}

describe('a list where one value belongs, and one value where a list does', () => {
  it('refuses in, notIn, containsAny and doesNotContainAny given a text', () => {
    expect(refusedValue('householdType', 'in', '贫困户')).toBe(
      'in compares with an array, not string "贫困户"',
    );
    expect(refusedValue('householdType', 'notIn', '贫困户')).toBe(
      'notIn compares with an array, not string "贫困户"',
    );
    expect(refusedValue('measures', 'containsAny', '产业帮扶')).toBe(
      'containsAny compares with an array, not string "产业帮扶"',
    );
    expect(refusedValue('measures', 'doesNotContainAny', '产业帮扶')).toBe(
      'doesNotContainAny compares with an array, not string "产业帮扶"',
    );
  });

  it('refuses equal, notEqual, contains and doesNotContain given a list or an object', () => {
    // notEqual ['贫困户', '已脱贫户'] would be true of every household.
    const hint =
      'one text, number, boolean or null (for several, use in, notIn, containsAny or doesNotContainAny)';

    expect(
      refusedValue('householdType', 'notEqual', ['贫困户', '已脱贫户']),
    ).toBe(`notEqual compares with ${hint}, not an array`);
    expect(refusedValue('householdType', 'equal', { value: '贫困户' })).toBe(
      `equal compares with ${hint}, not object {"value":"贫困户"}`,
    );
    expect(refusedValue('measures', 'contains', ['产业帮扶'])).toBe(
      `contains compares with ${hint}, not an array`,
    );
    expect(refusedValue('measures', 'doesNotContain', ['产业帮扶'])).toBe(
      `doesNotContain compares with ${hint}, not an array`,
    );
  });

  it('takes null and single values there', () => {
    const plugin = city([
      rule('ok', {
        all: [
          { fact: 'householdType', operator: 'notEqual', value: null },
          { fact: 'householdType', operator: 'in', value: ['贫困户'] },
          { fact: 'measures', operator: 'doesNotContain', value: '产业帮扶' },
        ],
      }),
    ]);

    expect(loadRuleSet([plugin], '2020-09-30').rules).toHaveLength(1);
  });
});

describe('numeric and date operators given what is not a number or a date', () => {
  it('refuses text, null, a list, a boolean, NaN and infinities for lessThan', () => {
    const cases: [unknown, string][] = [
      ['4000', 'string "4000"'],
      [null, 'object null'],
      [[4000], 'an array'],
      [true, 'boolean true'],
      [Number.NaN, 'number NaN'],
      [Infinity, 'number Infinity'],
      [-Infinity, 'number -Infinity'],
    ];
    for (const [value, seen] of cases) {
      expect(refusedValue('perCapitaNetIncome', 'lessThan', value)).toBe(
        `lessThan compares with a number, not ${seen}`,
      );
    }
  });

  it('refuses other forms of dates and impossible dates for dateBefore', () => {
    const cases: [unknown, string][] = [
      ['2020/09/30', 'string "2020/09/30"'],
      ['2020-02-30', 'string "2020-02-30"'],
      [20200930, 'number 20200930'],
      [null, 'object null'],
    ];
    for (const [value, seen] of cases) {
      expect(refusedValue('monitoredSince', 'dateBefore', value)).toBe(
        `dateBefore compares with a date, not ${seen}`,
      );
    }
  });
});

describe('empty all and any', () => {
  const where = (conditions: unknown) =>
    problemsOf([city([rule('r', conditions)])]).map((p) => [p.path, p.code]);
  const income = {
    fact: 'perCapitaNetIncome',
    operator: 'lessThan',
    value: 4000,
  };

  it('are refused at the top, nested, under not and in a shared condition', () => {
    expect(where({ all: [] })).toEqual([
      ['conditions.all', 'DUIBIAO_INVALID_CONDITION'],
    ]);
    expect(where({ any: [] })).toEqual([
      ['conditions.any', 'DUIBIAO_INVALID_CONDITION'],
    ]);
    expect(where({ all: [income, { any: [] }] })).toEqual([
      ['conditions.all[1].any', 'DUIBIAO_INVALID_CONDITION'],
    ]);
    expect(where({ not: { all: [] } })).toEqual([
      ['conditions.not.all', 'DUIBIAO_INVALID_CONDITION'],
    ]);

    const shared = problemsOf([
      city([rule('r', { all: [income, { condition: 'nothing' }] })], {
        conditions: { nothing: { any: [] } },
      }),
    ]);
    expect(shared.map((p) => [p.rule, p.path])).toEqual([
      ['city/r', 'conditions.all[1](nothing).any'],
    ]);
    expect(shared[0]?.message).toBe(
      'an empty "any" has no agreed meaning (json-rules-engine counts it true); remove it or give it conditions',
    );
  });

  it('count as true on both evaluators when a rule set built by hand holds them, as in json-rules-engine', async () => {
    const groups: Record<string, Condition> = {
      'empty-all': { all: [] },
      'empty-any': { any: [] },
      'not-empty-all': { not: { all: [] } },
      'not-empty-any': { not: { any: [] } },
    };
    const expected = {
      't/empty-all': 'fired',
      't/empty-any': 'fired',
      't/not-empty-all': 'passed',
      't/not-empty-any': 'passed',
    };

    expect(await bothOutcomes(handMade(groups))).toEqual({
      compiled: expected,
      reference: expected,
    });
  });
});

describe('rule ids defined twice', () => {
  const income = {
    all: [{ fact: 'perCapitaNetIncome', operator: 'lessThan', value: 4000 }],
  };

  it('are refused within one plugin, naming the plugin that defined it first', () => {
    expect(
      problemsOf([city([rule('twice', income), rule('twice', income)])]),
    ).toEqual([
      {
        code: 'DUIBIAO_DUPLICATE',
        plugin: 'city',
        rule: 'city/twice',
        path: undefined,
        message: 'rule id city/twice is already defined by city',
      },
    ]);
  });

  it('are refused across plugins: a city defining its province’s id again, without replacing it', () => {
    const province = city([rule('twice', income)], {
      name: 'province',
    });
    const town = city([rule('twice', income)], {
      name: 'town',
      extends: [province],
    });

    expect(problemsOf([town])).toEqual([
      {
        code: 'DUIBIAO_DUPLICATE',
        plugin: 'town',
        rule: 'city/twice',
        path: undefined,
        message: 'rule id city/twice is already defined by province',
      },
    ]);
  });
});

describe('priorities', () => {
  it('must be whole numbers of 1 or more, on comparisons and on groups', () => {
    const comparison = (priority: unknown) => ({
      fact: 'perCapitaNetIncome',
      operator: 'lessThan',
      value: 4000,
      priority,
    });
    const plugin = city([
      rule('prio', {
        all: [
          comparison('10'),
          comparison(Number.NaN),
          comparison(Infinity),
          comparison(0),
          comparison(-1),
          comparison(1.5),
          { any: [comparison(2), comparison(3)], priority: null },
          comparison(5),
        ],
      }),
    ]);
    const problems = problemsOf([plugin]);

    expect(problems.map((p) => [p.rule, p.path, p.message])).toEqual([
      [
        'city/prio',
        'conditions.all[0].priority',
        'priority must be a whole number of 1 or more, not string "10"',
      ],
      [
        'city/prio',
        'conditions.all[1].priority',
        'priority must be a whole number of 1 or more, not number NaN',
      ],
      [
        'city/prio',
        'conditions.all[2].priority',
        'priority must be a whole number of 1 or more, not number Infinity',
      ],
      [
        'city/prio',
        'conditions.all[3].priority',
        'priority must be a whole number of 1 or more, not number 0',
      ],
      [
        'city/prio',
        'conditions.all[4].priority',
        'priority must be a whole number of 1 or more, not number -1',
      ],
      [
        'city/prio',
        'conditions.all[5].priority',
        'priority must be a whole number of 1 or more, not number 1.5',
      ],
      [
        'city/prio',
        'conditions.all[6].priority',
        'priority must be a whole number of 1 or more, not object null',
      ],
    ]);
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set(['DUIBIAO_INVALID_CONDITION']),
    );
  });

  it('are refused on the rule itself, which has none', () => {
    const ranked = { ...rule('ranked', { all: [] }), priority: 10 };
    const problems = problemsOf([city([ranked as RuleDefinition])]);

    expect(problems.map((p) => [p.path, p.code])).toContainEqual([
      'priority',
      'DUIBIAO_INVALID_RULE',
    ]);
  });
});
