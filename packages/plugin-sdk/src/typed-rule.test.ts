import {
  createChecker,
  loadRuleSet,
  type RuleDefinition,
  RuleSetError,
} from '@duibiao/core';
import {
  dataset,
  defineFact,
  defineParameter,
  definePlugin,
  household,
  ruleAuthoring,
} from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

// The compiler is the test here: each `@ts-expect-error` below must meet
// an error on the line after it, or the typecheck (npm test) fails.

const hasPhone = defineFact({
  name: 'hasPhone',
  subject: 'household',
  type: 'boolean',
  description: 'Whether the household gave a phone number.',
  inputs: ['households.phone'],
  compute: ({ household: home }) =>
    home.phone === undefined ? undefined : home.phone !== null,
});

const incomeLine = defineParameter({
  name: 'incomeLine',
  description: 'The income line, per head and year.',
  unit: '元/人·年',
  values: [{ from: '2020-01-01', value: 4000 }],
});

const { defineRule } = ruleAuthoring({
  facts: [hasPhone],
  parameters: [incomeLine],
});

const meta = {
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  basis: 'test',
  department: '扶贫部门',
  action: '核实',
  title: '收入低于线且未留电话',
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元，低于 {incomeLine} 元',
    en: '{perCapitaNetIncome} below {incomeLine}',
  },
} as const;

const belowLine = defineRule({
  ...meta,
  id: 'typed/below-line',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
      { fact: 'hasPhone', operator: 'equal', value: false },
    ],
  },
});

const misspeltFact = defineRule({
  ...meta,
  id: 'typed/misspelt-fact',
  conditions: {
    all: [
      // @ts-expect-error: perCapitaNetIncom is no household fact.
      { fact: 'perCapitaNetIncom', operator: 'lessThan', value: 4000 },
    ],
  },
});

const misspeltParameter = defineRule({
  ...meta,
  id: 'typed/misspelt-parameter',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        // @ts-expect-error: the parameter is incomeLine, not incomeLien.
        value: { param: 'incomeLien' },
      },
    ],
  },
});

const unknownOperator = defineRule({
  ...meta,
  id: 'typed/unknown-operator',
  conditions: {
    all: [
      // @ts-expect-error: below is no operator of duibiao's.
      { fact: 'perCapitaNetIncome', operator: 'below', value: 4000 },
    ],
  },
});

const unknownCategory = defineRule({
  ...meta,
  // @ts-expect-error: bug is no category of duibiao's.
  category: 'bug',
  id: 'typed/unknown-category',
  conditions: { all: [{ fact: 'hasPhone', operator: 'equal', value: true }] },
});

const wrongSubject = defineRule({
  ...meta,
  subject: 'member',
  id: 'typed/wrong-subject',
  message: { zh: '未留电话', en: 'No phone' },
  conditions: {
    all: [
      // @ts-expect-error: hasPhone is a fact of households, not of members.
      { fact: 'hasPhone', operator: 'equal', value: false },
    ],
  },
});

/** The problems loading a plugin of one rule gives: code and path. */
function loadProblems(rule: RuleDefinition) {
  const plugin = definePlugin({
    name: 'typed',
    id: 'typed',
    version: '1.0.0',
    facts: [hasPhone],
    parameters: [incomeLine],
    rules: [rule],
  });
  try {
    loadRuleSet([plugin], '2020-09-30');
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return error.problems.map(({ code, path }) => ({ code, path }));
  }

  return [];
}

describe('rules typed by ruleAuthoring', () => {
  it('run as written when the compiler accepts them', async () => {
    const plugin = definePlugin({
      name: 'typed',
      id: 'typed',
      version: '1.0.0',
      facts: [hasPhone],
      parameters: [incomeLine],
      rules: [belowLine],
    });
    const checker = createChecker({ plugins: [plugin], asOf: '2020-09-30' });
    const poor = household({ perCapitaNetIncome: 3000, phone: null });
    const reachable = household({ perCapitaNetIncome: 3000 });

    const silent = await checker.check(dataset({ household: reachable }));
    const { findings } = await checker.check(dataset({ household: poor }));

    expect(silent.findings).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.householdId, f.data])).toEqual([
      [
        'typed/below-line',
        'H001',
        { perCapitaNetIncome: 3000, incomeLine: 4000 },
      ],
    ]);
  });

  it('are refused at load for what the compiler refuses, at the same place', () => {
    expect(loadProblems(belowLine)).toEqual([]);
    expect(loadProblems(misspeltFact)).toEqual([
      { code: 'DUIBIAO_UNKNOWN_FACT', path: 'conditions.all[0].fact' },
    ]);
    expect(loadProblems(misspeltParameter)).toEqual([
      {
        code: 'DUIBIAO_UNKNOWN_PARAMETER',
        path: 'conditions.all[0].value.param',
      },
    ]);
    expect(loadProblems(unknownOperator)).toEqual([
      { code: 'DUIBIAO_UNKNOWN_OPERATOR', path: 'conditions.all[0].operator' },
    ]);
    expect(loadProblems(unknownCategory)).toEqual([
      { code: 'DUIBIAO_INVALID_RULE', path: 'category' },
    ]);
    expect(loadProblems(wrongSubject)).toEqual([
      { code: 'DUIBIAO_UNKNOWN_FACT', path: 'conditions.all[0].fact' },
    ]);
  });
});
