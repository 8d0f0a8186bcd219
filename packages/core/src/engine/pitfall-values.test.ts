import {
  type FactDefinition,
  type Household,
  readPath,
  type TopLevelCondition,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { expectBoth, is, judge } from './compiled-evaluator.peer-harness.js';
import { bothOutcomes, handMade } from './pitfall-harness.js';

/**
 * Values of the wrong shape reaching a comparison, on both evaluators: a
 * `path` into something that is not an object, numbers and dates that are
 * not numbers or dates, a fact that returns a promise. Each is unknown (or
 * an error of the rule, for the promise), never a finding — and in
 * particular never a finding under a negation, where a wrong "no" would
 * be one. Outcomes are worked out by hand; `unknown: f` names the fact
 * behind an unknown, `unknown: ` is an unknown over a known value of the
 * wrong type.
 */

const at = (path: string, operator: string, value: unknown) => ({
  fact: 'f',
  path,
  operator,
  value: value as never,
});

describe('a path into a value that is not an object', () => {
  // Each rule is a negation: reading the wrong thing would fire it.
  const rules: Record<string, TopLevelCondition> = {
    key: { all: [at('$.a', 'notEqual', 1)] },
    length: { all: [at('$.length', 'notEqual', 3)] },
    index: { all: [at('$[0]', 'notEqual', 'a')] },
    deep: { not: at('$.a.b', 'equal', 1) },
  };
  const unknown = {
    key: 'unknown: f',
    length: 'unknown: f',
    index: 'unknown: f',
    deep: 'unknown: f',
  };

  it('is unknown for text: "abc" has no .a, no .length, no [0]', async () => {
    await expectBoth({ rules, facts: { f: 'abc' } }, unknown);
  });

  it('is unknown for a number, a boolean and null', async () => {
    for (const f of [42, true, null])
      await expectBoth({ rules, facts: { f } }, unknown);
  });

  it('is unknown for a missing fact', async () => {
    await expectBoth({ rules, facts: { f: undefined } }, unknown);
  });

  it('reads an array by index only: [0] is its first item, .length and .a are unknown', async () => {
    await expectBoth(
      { rules, facts: { f: ['b', 'c', 'd'] } },
      // 'b' is not 'a': the rule on [0] fires on the known first item.
      { ...unknown, index: 'fired' },
    );
  });

  it('reads an object by its own keys; blank text at the end of a path is unknown', async () => {
    await expectBoth(
      { rules, facts: { f: { a: 2, length: 3, b: 1 } } },
      // a = 2 is not 1; length = 3 is 3; no [0] on an object; a.b of 2.
      {
        key: 'fired',
        length: 'passed',
        index: 'unknown: f',
        deep: 'unknown: f',
      },
    );
    await expectBoth(
      { rules, facts: { f: { a: '', length: '\u3000' } } },
      { ...unknown },
    );
  });
});

describe('a path naming an object’s prototype machinery', () => {
  // The loader refuses such paths; the evaluators must read nothing
  // through them even when handed one directly, as an embedder building
  // a rule set by hand could.
  const paths = [
    '$.__proto__',
    '$.constructor',
    '$.constructor.name',
    '$.toString',
    '$.a.__proto__',
    '$.prototype',
  ];

  it('reads nothing inherited: readPath gives unknown', () => {
    const value = { a: { b: 1 } };

    for (const path of paths)
      expect(readPath(value, path), path).toBeUndefined();
  });

  it('reads an own "__proto__" key of parsed JSON as data, and pollutes nothing', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":1}}') as unknown;

    expect(readPath(parsed, '$.__proto__.polluted')).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is unknown on both evaluators under notEqual, never fired', async () => {
    // The fact `f` is the JSON of the extra column f: { a: { b: 1 } }.
    const f: FactDefinition<'household'> = {
      name: 'f',
      subject: 'household',
      type: 'object',
      description: 'The extra column f, parsed.',
      inputs: [],
      compute: ({ household }) => JSON.parse(household.extra?.f ?? 'null'),
    };
    const rules = Object.fromEntries(
      paths.map((path, i) => [`p${i}`, { all: [at(path, 'notEqual', 'x')] }]),
    );
    const household = {
      householdId: 'H',
      extra: { f: '{"a":{"b":1}}' },
    } as Household;
    const expected = Object.fromEntries(
      paths.map((_, i) => [`t/p${i}`, 'unknown']),
    );

    expect(await bothOutcomes(handMade(rules, [f]), household)).toEqual({
      compiled: expected,
      reference: expected,
    });
  });
});

describe('numeric operators given what is not a number', () => {
  const rules: Record<string, TopLevelCondition> = {
    less: { all: [is('f', 'lessThan', 4000)] },
    'not-less': { not: is('f', 'lessThan', 4000) },
    'at-least': { all: [is('f', 'greaterThanInclusive', 0)] },
    'not-at-most': { not: is('f', 'lessThanInclusive', 4000) },
  };
  const wrong = {
    less: 'unknown: ',
    'not-less': 'unknown: ',
    'at-least': 'unknown: ',
    'not-at-most': 'unknown: ',
  };

  it('never reads a number out of text, a list, a boolean or an object', async () => {
    // "3500" would be under 4,000 if coerced, [3500] too, true is 1.
    for (const f of ['3500', '3,500', [3500], true, false, {}, { min: 1 }])
      await expectBoth({ rules, facts: { f } }, wrong);
  });

  it('takes null as a known none that is not a number', async () => {
    await expectBoth({ rules, facts: { f: null } }, wrong);
  });

  it('takes infinities as unknown, and NaN as a blank', async () => {
    for (const f of [Infinity, -Infinity])
      await expectBoth({ rules, facts: { f } }, wrong);
    await expectBoth(
      { rules, facts: { f: Number.NaN } },
      {
        less: 'unknown: f',
        'not-less': 'unknown: f',
        'at-least': 'unknown: f',
        'not-at-most': 'unknown: f',
      },
    );
  });

  it('compares a real number as usual: 3,500 is under 4,000', async () => {
    await expectBoth(
      { rules, facts: { f: 3500 } },
      {
        less: 'fired',
        'not-less': 'passed',
        'at-least': 'fired',
        'not-at-most': 'passed',
      },
    );
  });
});

describe('date operators given what is not a calendar date', () => {
  const rules: Record<string, TopLevelCondition> = {
    before: { all: [is('f', 'dateBefore', '2020-09-30')] },
    'not-before': { not: is('f', 'dateBefore', '2020-09-30') },
    'on-or-after': { all: [is('f', 'dateOnOrAfter', '2020-01-01')] },
  };
  const wrong = {
    before: 'unknown: ',
    'not-before': 'unknown: ',
    'on-or-after': 'unknown: ',
  };

  it('never reads a date out of a number, a Date object, a list, a boolean or a malformed text', async () => {
    const values = [
      20200101,
      new Date(Date.UTC(2020, 0, 1)),
      ['2020-01-01'],
      true,
      null,
      '2020-02-30',
      '2020/01/01',
      '2020-1-1',
      'yesterday',
    ];
    for (const f of values) await expectBoth({ rules, facts: { f } }, wrong);
  });

  it('compares a calendar date as usual: 2020-01-01 is before 2020-09-30', async () => {
    await expectBoth(
      { rules, facts: { f: '2020-01-01' } },
      { before: 'fired', 'not-before': 'passed', 'on-or-after': 'fired' },
    );
  });
});

describe('a fact that returns a promise', () => {
  it('is an error of the rules that read it on both evaluators, naming the fact', async () => {
    const scenario = {
      rules: {
        reads: { all: [is('f', 'equal', 1)] },
        other: { all: [is('g', 'equal', 1)] },
      },
      facts: { f: Promise.resolve(1), g: 1 },
    };

    await expectBoth(scenario, { reads: 'error', other: 'fired' });
  });

  it('leaves no rejection unhandled when the promise rejects', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const failing = Promise.reject(new Error('async fact failed'));
      for (const evaluator of ['compiled', 'reference'] as const) {
        const { outcomes } = await judge(
          {
            rules: { reads: { all: [is('f', 'equal', 1)] } },
            facts: { f: failing },
          },
          evaluator,
        );

        expect(outcomes, evaluator).toEqual({ reads: 'error' });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', record);
    }

    expect(unhandled).toEqual([]);
  });
});
