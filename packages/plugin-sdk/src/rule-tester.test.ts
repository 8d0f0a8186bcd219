import type { RuleCases } from '@duibiao/core';
import {
  type Describe,
  definePlugin,
  type It,
  RuleCaseError,
  RuleTester,
} from '@duibiao/plugin-sdk';
import { afterEach, describe, expect, it } from 'vitest';

import {
  H001_AT_3999,
  incomes,
  LOW_INCOME,
  lowIncome,
  xian,
} from './__fixtures__/xian.js';

// The rule fires on 3999 and not on 4000: the first valid and the first
// invalid case hold, the other two do not.
const cases: RuleCases = {
  valid: [
    { name: 'at the line', data: incomes(4000) },
    { name: 'one yuan below', data: incomes(3999) },
  ],
  invalid: [
    {
      name: 'one yuan below',
      data: incomes(3999),
      findings: [{ householdId: 'H001' }],
    },
    {
      name: 'at the line',
      data: incomes(4000),
      findings: [{ householdId: 'H001' }],
    },
  ],
};

const tested = definePlugin({ ...xian, tests: { [LOW_INCOME]: cases } });

/** A test registered through the fake runner, under its groups. */
interface Registered {
  name: string;
  body: () => Promise<void>;
}

/**
 * A fake test runner: `describe` runs its body at once, as runners do
 * while collecting; `it` keeps each test to be run by hand.
 */
function fakeRunner() {
  const tests: Registered[] = [];
  const groups: string[] = [];
  const fakeDescribe: Describe = (name, body) => {
    groups.push(name);
    body();
    groups.pop();
  };
  const fakeIt: It = (name, body) => {
    tests.push({ name: [...groups, name].join(' > '), body });
  };
  RuleTester.describe = fakeDescribe;
  RuleTester.it = fakeIt;

  return tests;
}

/** Runs each registered test: `passed`, or the error it rejected with. */
async function outcomes(tests: readonly Registered[]) {
  const settled = await Promise.allSettled(tests.map((test) => test.body()));

  return settled.map((result, i) => [
    tests[i]?.name,
    result.status === 'fulfilled' ? 'passed' : result.reason,
  ]);
}

const saved = { describe: RuleTester.describe, it: RuleTester.it };

afterEach(() => {
  RuleTester.describe = saved.describe;
  RuleTester.it = saved.it;
});

describe('RuleTester.run', () => {
  it('registers one test per case: those that hold pass, the others reject with what went wrong', async () => {
    const tests = fakeRunner();
    new RuleTester({ plugin: tested }).run(LOW_INCOME);
    const results = await outcomes(tests);

    expect(results.map(([name]) => name)).toEqual([
      'xian/low-income > valid: at the line',
      'xian/low-income > valid: one yuan below',
      'xian/low-income > invalid: one yuan below',
      'xian/low-income > invalid: at the line',
    ]);
    expect(results.map(([, outcome]) => outcome)).toEqual([
      'passed',
      expect.any(RuleCaseError),
      'passed',
      expect.any(RuleCaseError),
    ]);

    const [, firing, , silent] = results.map(([, e]) => e as RuleCaseError);
    expect(firing).toMatchObject({
      name: 'RuleCaseError',
      code: 'DUIBIAO_CASE_FAILED',
      message: `xian/low-income, valid case "one yuan below":\nexpected no finding, got 1:\n${H001_AT_3999}`,
    });
    expect(silent?.message).toBe(
      'xian/low-income, invalid case "at the line":\nexpected a finding {"householdId":"H001"}\nthe rule reported 0:\n  (none)',
    );
  });

  it('runs the cases it is given instead of the plugin’s', async () => {
    const tests = fakeRunner();
    const own = { valid: [cases.valid[0]], invalid: [] } as RuleCases;
    new RuleTester({ plugin: xian }).run(LOW_INCOME, own);

    expect(await outcomes(tests)).toEqual([
      ['xian/low-income > valid: at the line', 'passed'],
    ]);
  });

  it('runs cases that give no date on the date it is given', async () => {
    const tests = fakeRunner();
    new RuleTester({ plugin: tested, asOf: '2019-12-31' }).run(LOW_INCOME);
    const results = await outcomes(tests);

    expect(results).toHaveLength(4);
    for (const [, outcome] of results) {
      expect((outcome as Error).message).toMatch(
        /:\nthe rule did not run: parameter incomeLine has no value in force on this date$/,
      );
    }
  });

  it('refuses a rule without cases', () => {
    fakeRunner();

    expect(() => new RuleTester({ plugin: xian }).run(LOW_INCOME)).toThrow(
      new TypeError('rule xian/low-income has no test cases'),
    );
  });
});

describe('RuleTester.runAll', () => {
  it('registers a test that the cases cover every rule, then each rule’s cases', async () => {
    const tests = fakeRunner();
    new RuleTester({ plugin: tested }).runAll();
    const results = await outcomes(tests);

    expect(results.map(([name]) => name)).toEqual([
      '@xian/duibiao-plugin test cases > cover every rule, each invalid case saying what it expects',
      'xian/low-income > valid: at the line',
      'xian/low-income > valid: one yuan below',
      'xian/low-income > invalid: one yuan below',
      'xian/low-income > invalid: at the line',
    ]);
    expect(results[0]?.[1]).toBe('passed');
  });

  it('fails the cover test while a rule has no cases', async () => {
    const tests = fakeRunner();
    const uncovered = definePlugin({
      ...tested,
      rules: [lowIncome, { ...lowIncome, id: 'xian/no-phone' }],
    });
    new RuleTester({ plugin: uncovered }).runAll();
    const [cover] = await outcomes(tests);

    expect(cover?.[1]).toEqual(
      new Error(
        'xian/no-phone has no valid case\nxian/no-phone has no invalid case',
      ),
    );
  });
});

describe('RuleTester without a test runner', () => {
  it('throws a TypeError saying how to give it describe and it', () => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    // Vitest runs here without globals, so none is found there either.
    expect('describe' in globalThis).toBe(false);
    expect('it' in globalThis).toBe(false);
    const tester = new RuleTester({ plugin: tested });
    const error = new TypeError(
      "RuleTester needs a test runner's describe and it: set RuleTester.describe and RuleTester.it (with vitest: import { describe, it } from 'vitest'), or call testPlugin() for a report",
    );

    expect(() => tester.run(LOW_INCOME)).toThrow(error);
    expect(() => tester.runAll()).toThrow(error);
  });

  it('throws when only one of the two is set', () => {
    fakeRunner();
    RuleTester.it = undefined;

    expect(() => new RuleTester({ plugin: tested }).run(LOW_INCOME)).toThrow(
      TypeError,
    );
  });
});
