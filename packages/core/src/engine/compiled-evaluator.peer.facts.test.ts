import type { JsonValue, TopLevelCondition } from '@duibiao/core';
import { describe, it } from 'vitest';

import { expectBoth, is } from './compiled-evaluator.peer-harness.js';

/**
 * Peer suite: fact params and paths.
 * What the suite is: compiled-evaluator.peer-harness.ts.
 */

// test/engine-fact.test.js, examples/03-dynamic-facts.js ------------------

describe('fact params and paths', () => {
  const CHILD = 14;
  const ADULT = 75;
  const eligibilityField = (params: Readonly<Record<string, JsonValue>>) =>
    params.field === 'age'
      ? params.eligibilityId === 1
        ? CHILD
        : ADULT
      : undefined;
  const eligibilityData = (params: Readonly<Record<string, JsonValue>>) => ({
    age: params.eligibilityId === 1 ? CHILD : ADULT,
    address: {
      state: { abbreviation: 'CO' },
      occupantHistory: [
        { name: 'Joe', year: 2011 },
        { name: 'Jane', year: 2013 },
      ],
      occupantYears: [2011, 2013],
    },
  });
  const facts = { eligibilityField, eligibilityData };
  const data = (path: string, operator: string, value: JsonValue) => ({
    fact: 'eligibilityData',
    params: { eligibilityId: 1 },
    path,
    operator,
    value,
  });

  it('params choose the value: eligibility 1 is a child of 14 < 50', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              {
                ...is('eligibilityField', 'lessThan', 50),
                params: { eligibilityId: 1, field: 'age' },
              },
            ],
          },
        },
        facts,
      },
      { r: 'fired' },
    );
  });

  it('params choose the value: eligibility 2 is an adult of 75', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              {
                ...is('eligibilityField', 'lessThan', 50),
                params: { eligibilityId: 2, field: 'age' },
              },
            ],
          },
        },
        facts,
      },
      { r: 'passed' },
    );
  });

  it('the same fact with two sets of params is two values (14 < 50, 75 > 50)', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [
              {
                ...is('eligibilityField', 'lessThan', 50),
                params: { eligibilityId: 1, field: 'age' },
              },
              {
                ...is('eligibilityField', 'greaterThan', 50),
                params: { eligibilityId: 2, field: 'age' },
              },
            ],
          },
        },
        facts,
      },
      { r: 'fired' },
    );
  });

  it('a path reads a property: $.age of eligibility 1 is 14', async () => {
    await expectBoth(
      { rules: { r: { any: [data('$.age', 'lessThan', 50)] } }, facts },
      { r: 'fired' },
    );
  });

  it('a path reads a property: $.age of eligibility 2 is 75', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              {
                ...data('$.age', 'lessThan', 50),
                params: { eligibilityId: 2 },
              },
            ],
          },
        },
        facts,
      },
      { r: 'passed' },
    );
  });

  it('a path reads into an array element: the first occupant came in 2011', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [data('$.address.occupantHistory[0].year', 'equal', 2011)],
          },
        },
        facts,
      },
      { r: 'fired' },
    );
  });

  it('a path into an array element that does not match passes (2011 is not 2010)', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            all: [data('$.address.occupantHistory[0].year', 'equal', 2010)],
          },
        },
        facts,
      },
      { r: 'passed' },
    );
  });

  it('a path may end at an array, for contains', async () => {
    await expectBoth(
      {
        rules: {
          r: { all: [data('$.address.occupantYears', 'contains', 2013)] },
        },
        facts,
      },
      { r: 'fired' },
    );
  });

  // json-rules-engine reads a missing path as undefined and compares it;
  // duibiao counts a value it cannot reach as unknown.
  it('a path that leads nowhere is unknown', async () => {
    await expectBoth(
      {
        rules: {
          r: { all: [data('$.invalid.object[99].path', 'equal', 'x')] },
        },
        facts,
      },
      { r: 'unknown: eligibilityData' },
    );
  });

  // json-rules-engine ignores the path when the fact is not an object and
  // compares the fact itself (14 < 50, fired); duibiao cannot read $.age
  // of a number, so the comparison is unknown.
  it('a path into a number is unknown, not the number', async () => {
    await expectBoth(
      {
        rules: { r: { any: [data('$.age', 'lessThan', 50)] } },
        facts: { eligibilityData: CHILD },
      },
      { r: 'unknown: eligibilityData' },
    );
  });

  const accountInformation = (status: string) => ({
    company: 'microsoft',
    status,
    ptoDaysTaken: ['2016-12-24', '2016-12-25'],
  });
  const christmasOff: TopLevelCondition = {
    all: [
      { ...is('account-information', 'equal', 'microsoft'), path: '$.company' },
      {
        ...is('account-information', 'in', ['active', 'paid-leave']),
        path: '$.status',
      },
      {
        ...is('account-information', 'contains', '2016-12-25'),
        path: '$.ptoDaysTaken',
      },
    ],
  };

  it('three paths into one fact fire together, and the fact is computed once', async () => {
    await expectBoth(
      {
        rules: { r: christmasOff },
        facts: { 'account-information': accountInformation('active') },
      },
      { r: 'fired' },
      { readOnce: ['account-information'] },
    );
  });

  it('three paths into one fact pass when one fails (status terminated)', async () => {
    await expectBoth(
      {
        rules: { r: christmasOff },
        facts: { 'account-information': accountInformation('terminated') },
      },
      { r: 'passed' },
    );
  });

  // json-rules-engine's allowUndefinedFacts reads a missing fact as
  // undefined; in duibiao a fact that returns nothing is unknown.
  it('a fact without a value does not stop an any that holds otherwise', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              {
                ...is('eligibilityField', 'lessThan', 50),
                params: { eligibilityId: 1, field: 'age' },
              },
              is('undefined-fact', 'equal', true),
            ],
          },
        },
        facts: { ...facts, 'undefined-fact': undefined },
      },
      { r: 'fired' },
    );
  });

  it('a fact without a value leaves an any that fails otherwise unknown', async () => {
    await expectBoth(
      {
        rules: {
          r: {
            any: [
              {
                ...is('eligibilityField', 'lessThan', 50),
                params: { eligibilityId: 2, field: 'age' },
              },
              is('undefined-fact', 'equal', true),
            ],
          },
        },
        facts: { ...facts, 'undefined-fact': undefined },
      },
      { r: 'unknown: undefined-fact' },
    );
  });
});
