import type { TopLevelCondition } from '@duibiao/core';
import { describe, it } from 'vitest';

import { expectBoth, is } from './compiled-evaluator.peer-harness.js';

/**
 * Peer suite: all, any, not and nested groups.
 * What the suite is: compiled-evaluator.peer-harness.ts.
 */

// test/engine-all.test.js, test/engine-any.test.js --------------------------

describe('all and any', () => {
  const under50 = is('age', 'lessThan', 50);
  const over21 = is('age', 'greaterThan', 21);
  const european = is('segment', 'equal', 'european');

  it('one comparison under all that holds fires', async () => {
    await expectBoth(
      { rules: { r: { all: [under50] } }, facts: { age: 10 } },
      { r: 'fired' },
    );
  });

  it('one comparison under all that fails passes', async () => {
    await expectBoth(
      { rules: { r: { all: [under50] } }, facts: { age: 65 } },
      { r: 'passed' },
    );
  });

  it('all of two comparisons fires when both hold (30 < 50, 30 > 21)', async () => {
    await expectBoth(
      { rules: { r: { all: [under50, over21] } }, facts: { age: 30 } },
      { r: 'fired' },
    );
  });

  it('all passes when its second comparison fails (10 > 21 is false)', async () => {
    await expectBoth(
      { rules: { r: { all: [under50, over21] } }, facts: { age: 10 } },
      { r: 'passed' },
    );
  });

  it('all passes when its first comparison fails (65 < 50 is false)', async () => {
    await expectBoth(
      { rules: { r: { all: [under50, over21] } }, facts: { age: 65 } },
      { r: 'passed' },
    );
  });

  it('any fires on its first comparison alone', async () => {
    await expectBoth(
      {
        rules: { r: { any: [under50, european] } },
        facts: { age: 25, segment: 'north-american' },
      },
      { r: 'fired' },
    );
  });

  it('any fires on its second comparison alone', async () => {
    await expectBoth(
      {
        rules: { r: { any: [under50, european] } },
        facts: { age: 100, segment: 'european' },
      },
      { r: 'fired' },
    );
  });

  it('any passes when no comparison holds', async () => {
    await expectBoth(
      {
        rules: { r: { any: [under50, european] } },
        facts: { age: 100, segment: 'north-american' },
      },
      { r: 'passed' },
    );
  });

  // duibiao: a blank fact is unknown, and all/any follow Kleene's tables.
  it('all of a blank and a true comparison is unknown', async () => {
    await expectBoth(
      {
        rules: { r: { all: [under50, european] } },
        facts: { age: undefined, segment: 'european' },
      },
      { r: 'unknown: age' },
    );
  });

  it('all of a blank and a false comparison passes', async () => {
    await expectBoth(
      {
        rules: { r: { all: [under50, european] } },
        facts: { age: undefined, segment: 'asian' },
      },
      { r: 'passed' },
    );
  });

  it('any of a blank and a true comparison fires', async () => {
    await expectBoth(
      {
        rules: { r: { any: [under50, european] } },
        facts: { age: undefined, segment: 'european' },
      },
      { r: 'fired' },
    );
  });

  it('any of a blank and a false comparison is unknown', async () => {
    await expectBoth(
      {
        rules: { r: { any: [under50, european] } },
        facts: { age: undefined, segment: 'asian' },
      },
      { r: 'unknown: age' },
    );
  });
});

// test/engine-not.test.js, test/engine-recusive-rules.test.js -------------

describe('not and nested groups', () => {
  const notOver50: TopLevelCondition = {
    not: is('age', 'greaterThanInclusive', 50),
  };
  const allWithAny: TopLevelCondition = {
    all: [
      is('age', 'lessThan', 65),
      is('age', 'greaterThan', 21),
      {
        any: [
          is('income', 'lessThanInclusive', 100),
          is('family-size', 'lessThanInclusive', 3),
        ],
      },
    ],
  };
  const anyWithAll: TopLevelCondition = {
    any: [
      is('age', 'lessThan', 65),
      is('age', 'equal', 70),
      {
        all: [
          is('income', 'lessThanInclusive', 100),
          is('family-size', 'lessThanInclusive', 3),
        ],
      },
    ],
  };
  const thrice: TopLevelCondition = {
    any: [
      {
        all: [
          { any: [is('income', 'lessThanInclusive', 100)] },
          is('family-size', 'lessThanInclusive', 3),
        ],
      },
    ],
  };
  const notNot: TopLevelCondition = {
    not: { not: is('age', 'lessThan', 65) },
  };
  const notAllNot: TopLevelCondition = {
    not: {
      all: [
        is('age', 'lessThan', 65),
        is('age', 'greaterThan', 21),
        { not: is('income', 'lessThanInclusive', 100) },
      ],
    },
  };

  it('not of a false comparison fires (10 >= 50 is false)', async () => {
    await expectBoth(
      { rules: { r: notOver50 }, facts: { age: 10 } },
      { r: 'fired' },
    );
  });

  it('not of a true comparison passes (75 >= 50)', async () => {
    await expectBoth(
      { rules: { r: notOver50 }, facts: { age: 75 } },
      { r: 'passed' },
    );
  });

  it('not of a blank comparison stays unknown', async () => {
    await expectBoth(
      { rules: { r: notOver50 }, facts: { age: undefined } },
      { r: 'unknown: age' },
    );
  });

  it('all with a nested any fires: 30 in (21, 65) and income 30 <= 100', async () => {
    await expectBoth(
      {
        rules: { r: allWithAny },
        facts: { age: 30, income: 30, 'family-size': 2 },
      },
      { r: 'fired' },
    );
  });

  it('all with a nested any passes when the any fails (200 > 100, 8 > 3)', async () => {
    await expectBoth(
      {
        rules: { r: allWithAny },
        facts: { age: 30, income: 200, 'family-size': 8 },
      },
      { r: 'passed' },
    );
  });

  it('any with a nested all fires on the all alone (age 90 fails both)', async () => {
    await expectBoth(
      {
        rules: { r: anyWithAll },
        facts: { age: 90, income: 30, 'family-size': 2 },
      },
      { r: 'fired' },
    );
  });

  it('any with a nested all passes when the all fails too (income 200)', async () => {
    await expectBoth(
      {
        rules: { r: anyWithAll },
        facts: { age: 90, income: 200, 'family-size': 2 },
      },
      { r: 'passed' },
    );
  });

  it('any > all > any, three deep, fires when both leaves hold', async () => {
    await expectBoth(
      { rules: { r: thrice }, facts: { income: 30, 'family-size': 1 } },
      { r: 'fired' },
    );
  });

  it('any > all > any, three deep, passes when one leaf fails (5 > 3)', async () => {
    await expectBoth(
      { rules: { r: thrice }, facts: { income: 30, 'family-size': 5 } },
      { r: 'passed' },
    );
  });

  it('not directly inside not is the comparison itself (30 < 65)', async () => {
    await expectBoth(
      { rules: { r: notNot }, facts: { age: 30 } },
      { r: 'fired' },
    );
  });

  it('not directly inside not passes when the comparison fails (65 < 65)', async () => {
    await expectBoth(
      { rules: { r: notNot }, facts: { age: 65 } },
      { r: 'passed' },
    );
  });

  it('not over an all holding a not fires: income 100 <= 100 makes the all false', async () => {
    await expectBoth(
      { rules: { r: notAllNot }, facts: { age: 30, income: 100 } },
      { r: 'fired' },
    );
  });

  it('not over an all holding a not passes: income 101 makes the all true', async () => {
    await expectBoth(
      { rules: { r: notAllNot }, facts: { age: 30, income: 101 } },
      { r: 'passed' },
    );
  });

  it('not over an all holding a not of a blank is unknown (not U = U)', async () => {
    await expectBoth(
      { rules: { r: notAllNot }, facts: { age: 30, income: undefined } },
      { r: 'unknown: income' },
    );
  });
});
