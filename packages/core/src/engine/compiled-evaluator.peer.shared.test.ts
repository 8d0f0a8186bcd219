import type { Condition, TopLevelCondition } from '@duibiao/core';
import { describe, it } from 'vitest';

import { expectBoth, is } from './compiled-evaluator.peer-harness.js';

/**
 * Peer suite: nested logic and shared conditions.
 * What the suite is: compiled-evaluator.peer-harness.ts.
 */

// examples/02-nested-boolean-logic.js -------------------------------------

describe('(x and y) or (a and not b)', () => {
  const fouledOut: TopLevelCondition = {
    any: [
      {
        all: [
          is('gameDuration', 'equal', 40),
          is('personalFoulCount', 'greaterThanInclusive', 5),
        ],
        name: 'short foul limit',
      },
      {
        all: [
          is('gameDuration', 'equal', 48),
          { not: is('personalFoulCount', 'lessThan', 6) },
        ],
        name: 'long foul limit',
      },
    ],
  };

  it('fires on the short limit: 6 fouls in a 40-minute game', async () => {
    await expectBoth(
      {
        rules: { r: fouledOut },
        facts: { gameDuration: 40, personalFoulCount: 6 },
      },
      { r: 'fired' },
    );
  });

  it('passes under the long limit: 5 fouls in a 48-minute game', async () => {
    await expectBoth(
      {
        rules: { r: fouledOut },
        facts: { gameDuration: 48, personalFoulCount: 5 },
      },
      { r: 'passed' },
    );
  });

  it('fires on the long limit: 6 fouls in a 48-minute game', async () => {
    await expectBoth(
      {
        rules: { r: fouledOut },
        facts: { gameDuration: 48, personalFoulCount: 6 },
      },
      { r: 'fired' },
    );
  });

  it('is unknown with the fouls blank in a 40-minute game (T and U) or F', async () => {
    await expectBoth(
      {
        rules: { r: fouledOut },
        facts: { gameDuration: 40, personalFoulCount: undefined },
      },
      { r: 'unknown: personalFoulCount' },
    );
  });

  it('passes with the fouls blank in a 44-minute game: both alls are false', async () => {
    await expectBoth(
      {
        rules: { r: fouledOut },
        facts: { gameDuration: 44, personalFoulCount: undefined },
      },
      { r: 'passed' },
    );
  });
});

// test/engine-condition.test.js, examples/10-condition-sharing.js ---------

describe('shared conditions', () => {
  const over60: Condition = {
    all: [is('age', 'greaterThanInclusive', 60)],
  };
  const retired = is('isRetired', 'equal', true);
  const requested = is('requestedOutreach', 'equal', true);

  it('one shared condition serves two rules', async () => {
    await expectBoth(
      {
        shared: { over60 },
        rules: {
          send: { all: [{ condition: 'over60' }, retired] },
          outreach: { all: [{ condition: 'over60' }, requested] },
        },
        facts: { age: 65, isRetired: true, requestedOutreach: true },
      },
      { send: 'fired', outreach: 'fired' },
    );
  });

  it('a shared condition may refer to another, under not', async () => {
    await expectBoth(
      {
        shared: {
          over60,
          earlyRetirement: { all: [{ not: { condition: 'over60' } }, retired] },
        },
        rules: {
          outreach: { all: [{ condition: 'earlyRetirement' }, requested] },
        },
        // not (55 >= 60) is true, and both flags are true.
        facts: { age: 55, isRetired: true, requestedOutreach: true },
      },
      { outreach: 'fired' },
    );
  });

  it('a shared condition may be the whole of a rule', async () => {
    await expectBoth(
      {
        shared: { retired: { all: [retired] } },
        rules: { send: { condition: 'retired' } },
        facts: { isRetired: true },
      },
      { send: 'fired' },
    );
  });

  const aficionado: Condition = {
    all: [
      is('drinksOrangeJuice', 'equal', true),
      is('enjoysVodka', 'equal', true),
    ],
  };
  const sociable = is('isSociable', 'equal', true);
  const invitations = {
    shared: { aficionado },
    rules: {
      invite: { all: [{ condition: 'aficionado' }, sociable] },
      other: { all: [{ not: { condition: 'aficionado' } }, sociable] },
    },
  };

  it('a shared condition and its negation split guests: an aficionado', async () => {
    await expectBoth(
      {
        ...invitations,
        facts: { drinksOrangeJuice: true, enjoysVodka: true, isSociable: true },
      },
      { invite: 'fired', other: 'passed' },
    );
  });

  it('a shared condition and its negation split guests: not an aficionado', async () => {
    await expectBoth(
      {
        ...invitations,
        facts: {
          drinksOrangeJuice: true,
          enjoysVodka: false,
          isSociable: true,
        },
      },
      { invite: 'passed', other: 'fired' },
    );
  });

  it('a blank inside a shared condition leaves it and its negation unknown', async () => {
    await expectBoth(
      {
        ...invitations,
        facts: {
          drinksOrangeJuice: true,
          enjoysVodka: undefined,
          isSociable: true,
        },
      },
      { invite: 'unknown: enjoysVodka', other: 'unknown: enjoysVodka' },
    );
  });
});
