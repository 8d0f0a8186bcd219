import { describe, it } from 'vitest';

import { expectBoth, is, THROWS } from './compiled-evaluator.peer-harness.js';

/**
 * Peer suite: throwing facts, facts shared by rules, and operators.
 * What the suite is: compiled-evaluator.peer-harness.ts.
 */

// test/engine-error-handling.test.js --------------------------------------

describe('facts that throw', () => {
  it('a throwing fact makes its rule an error', async () => {
    await expectBoth(
      {
        rules: { r: { any: [is('age', 'greaterThanInclusive', 21)] } },
        facts: { age: THROWS },
      },
      { r: 'error' },
    );
  });

  it('the error stays in the rule that reads the fact', async () => {
    await expectBoth(
      {
        rules: {
          drinking: { any: [is('age', 'greaterThanInclusive', 21)] },
          segment: { all: [is('segment', 'equal', 'human')] },
        },
        facts: { age: THROWS, segment: 'human' },
      },
      { drinking: 'error', segment: 'fired' },
    );
  });
});

// test/engine-run.test.js, test/engine-parallel-condition-cache.test.js ---

describe('rules that share facts', () => {
  const rules = {
    over21: { any: [is('age', 'greaterThanInclusive', 21)] },
    over75: { any: [is('age', 'greaterThanInclusive', 75)] },
  };

  it('age 30 fires the rule for 21 and not the rule for 75', async () => {
    await expectBoth(
      { rules, facts: { age: 30 } },
      { over21: 'fired', over75: 'passed' },
    );
  });

  it('age 90 fires both', async () => {
    await expectBoth(
      { rules, facts: { age: 90 } },
      { over21: 'fired', over75: 'fired' },
    );
  });

  it('age 10 fires neither', async () => {
    await expectBoth(
      { rules, facts: { age: 10 } },
      { over21: 'passed', over75: 'passed' },
    );
  });

  it('a blank age leaves both unknown', async () => {
    await expectBoth(
      { rules, facts: { age: undefined } },
      { over21: 'unknown: age', over75: 'unknown: age' },
    );
  });

  it('three comparisons of one fact in one set compute it once (24 is in [20, 25], not 21 or 22)', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              is('age', 'lessThanInclusive', 25),
              is('age', 'greaterThanInclusive', 20),
              is('age', 'notIn', [21, 22]),
            ],
          },
        },
        facts: { age: 24 },
      },
      { r: 'fired' },
      { readOnce: ['age'] },
    );
  });
});

// test/engine-operator.test.js, test/operator.test.js --------------------

describe('operators', () => {
  it('in and notIn compare strings with a list', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              is('segment', 'in', ['european', 'asian']),
              is('segment', 'notIn', ['north-american']),
            ],
          },
        },
        facts: { segment: 'asian' },
      },
      { r: 'fired' },
    );
  });

  it('contains and doesNotContain look into a list fact', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              is('tags', 'contains', 'x'),
              is('tags', 'doesNotContain', 'z'),
            ],
          },
        },
        facts: { tags: ['x', 'y'] },
      },
      { r: 'fired' },
    );
  });

  it('containsAny and doesNotContainAny: [x, y] holds none of [z, w] and holds y', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              is('tags', 'containsAny', ['z', 'w']),
              is('tags', 'doesNotContainAny', ['y']),
            ],
          },
        },
        facts: { tags: ['x', 'y'] },
      },
      { r: 'passed' },
    );
  });

  it('an empty list is known: it contains nothing', async () => {
    await expectBoth(
      {
        rules: { r: { all: [is('tags', 'contains', 'x')] } },
        facts: { tags: [] },
      },
      { r: 'passed' },
    );
  });

  it('inclusive bounds meet at 18, and 18 is not 19', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              is('age', 'greaterThanInclusive', 18),
              is('age', 'lessThanInclusive', 18),
              is('age', 'notEqual', 19),
            ],
          },
        },
        facts: { age: 18 },
      },
      { r: 'fired' },
    );
  });

  // duibiao: an age known only as 59 to 60 passes a test every value in
  // it passes, fails one none passes, and is unknown otherwise.
  it('a number range is compared as a whole', async () => {
    await expectBoth(
      {
        rules: {
          'at-least-60': { all: [is('age', 'greaterThanInclusive', 60)] },
          'at-least-59': { all: [is('age', 'greaterThanInclusive', 59)] },
          'under-59': { all: [is('age', 'lessThan', 59)] },
        },
        facts: { age: { min: 59, max: 60 } },
      },
      {
        'at-least-60': 'unknown: age',
        'at-least-59': 'fired',
        'under-59': 'passed',
      },
    );
  });

  it('null is a known none: equal null holds, notEqual null does not', async () => {
    await expectBoth(
      {
        rules: {
          none: { all: [is('spouse', 'equal', null)] },
          some: { all: [is('spouse', 'notEqual', null)] },
        },
        facts: { spouse: null },
      },
      { none: 'fired', some: 'passed' },
    );
  });

  it('calendar dates compare as dates: 2019-06-30 is on or after itself and before 2020', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              is('exitDate', 'dateBefore', '2020-01-01'),
              is('exitDate', 'dateOnOrAfter', '2019-06-30'),
            ],
          },
        },
        facts: { exitDate: '2019-06-30' },
      },
      { r: 'fired' },
    );
  });
});
