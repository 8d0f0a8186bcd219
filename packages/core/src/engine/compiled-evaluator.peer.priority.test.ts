import type { TopLevelCondition } from '@duibiao/core';
import { describe, it } from 'vitest';

import { expectBoth, is, THROWS } from './compiled-evaluator.peer-harness.js';

/**
 * Peer suite: priority sets.
 * What the suite is: compiled-evaluator.peer-harness.ts.
 */

// test/engine-fact-priority.test.js, test/rule.test.js (prioritizeConditions),
// examples/05-optimizing-runtime-with-fact-priorities.js ------------------
//
// json-rules-engine also takes a priority from the fact; duibiao's facts
// have none, so these cases put it on the conditions instead.

describe('priority sets', () => {
  const adult = { ...is('age', 'greaterThanInclusive', 18), priority: 3 };
  const human = { ...is('segment', 'equal', 'human'), priority: 2 };
  const admin = { ...is('accountType', 'equal', 'admin'), priority: 1 };
  const all3: TopLevelCondition = { all: [adult, human, admin] };
  const any3: TopLevelCondition = { any: [adult, human, admin] };

  it('all stops at a failing first set: segment and accountType are never computed', async () => {
    await expectBoth(
      {
        rules: { r: all3 },
        facts: { age: 10, segment: 'human', accountType: 'admin' },
      },
      { r: 'passed' },
      { unread: ['segment', 'accountType'] },
    );
  });

  it('all stops at a failing second set: accountType is never computed', async () => {
    await expectBoth(
      {
        rules: { r: all3 },
        facts: { age: 20, segment: 'android', accountType: 'admin' },
      },
      { r: 'passed' },
      { unread: ['accountType'] },
    );
  });

  it('a nested all orders its own sets: accountType is never computed', async () => {
    await expectBoth(
      {
        rules: {
          r: { all: [adult, { all: [human, admin] }] },
        },
        facts: { age: 20, segment: 'android', accountType: 'admin' },
      },
      { r: 'passed' },
      { unread: ['accountType'] },
    );
  });

  it('any stops at a holding first set', async () => {
    await expectBoth(
      {
        rules: { r: any3 },
        facts: { age: 20, segment: 'android', accountType: 'user' },
      },
      { r: 'fired' },
      { unread: ['segment', 'accountType'] },
    );
  });

  it('any goes on past a failing set and stops at the next that holds', async () => {
    await expectBoth(
      {
        rules: { r: any3 },
        facts: { age: 10, segment: 'human', accountType: 'user' },
      },
      { r: 'fired' },
      { unread: ['accountType'] },
    );
  });

  it('a nested any stops at its holding first set', async () => {
    await expectBoth(
      {
        rules: { r: { all: [adult, { any: [human, admin] }] } },
        facts: { age: 20, segment: 'human', accountType: 'user' },
      },
      { r: 'fired' },
      { unread: ['accountType'] },
    );
  });

  it('a cheap, higher set spares an expensive fact (date 2023 is not before 2016-07-01)', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              { ...is('account-information', 'equal', true), priority: 1 },
              { ...is('date', 'lessThan', 1_467_331_200_000), priority: 2 },
            ],
          },
        },
        facts: { 'account-information': true, date: 1_700_000_000_000 },
      },
      { r: 'passed' },
      { unread: ['account-information'] },
    );
  });

  // The group is decided before the blank is read, so no unknown is met.
  it('a set that decides the group hides a blank in a lower set', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              { ...is('age', 'greaterThanInclusive', 18), priority: 2 },
              { ...is('income', 'lessThan', 100), priority: 1 },
            ],
          },
        },
        facts: { age: 10, income: undefined },
      },
      { r: 'passed' },
      { unread: ['income'] },
    );
  });

  it('a blank in a higher set is settled by a lower set: U or T is T', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              { ...is('income', 'lessThan', 100), priority: 2 },
              { ...is('age', 'greaterThanInclusive', 18), priority: 1 },
            ],
          },
        },
        facts: { age: 20, income: undefined },
      },
      { r: 'fired' },
    );
  });

  it('a blank in a higher set and a false lower set: U and F is F', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              { ...is('income', 'lessThan', 100), priority: 2 },
              { ...is('age', 'greaterThanInclusive', 18), priority: 1 },
            ],
          },
        },
        facts: { age: 10, income: undefined },
      },
      { r: 'passed' },
    );
  });

  it('a set that decides the group spares a fact that would throw', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              { ...is('age', 'greaterThanInclusive', 18), priority: 2 },
              { ...is('boom', 'equal', 1), priority: 1 },
            ],
          },
        },
        facts: { age: 20, boom: THROWS },
      },
      { r: 'fired' },
      { unread: ['boom'] },
    );
  });

  // json-rules-engine evaluates a whole set with Promise.all.
  it('in one set, every child is evaluated: a throwing fact beside a true one is an error', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              is('age', 'greaterThanInclusive', 18),
              is('boom', 'equal', 1),
            ],
          },
        },
        facts: { age: 20, boom: THROWS },
      },
      { r: 'error' },
    );
  });

  // The run in the rule's favour takes the blank income as true and stops;
  // the run against it takes it as false and goes on to the lower set.
  it('a throwing fact met only in the run against the rule is still an error', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              { ...is('income', 'lessThan', 100), priority: 2 },
              { ...is('boom', 'equal', 1), priority: 1 },
            ],
          },
        },
        facts: { income: undefined, boom: THROWS },
      },
      { r: 'error' },
    );
  });
});
