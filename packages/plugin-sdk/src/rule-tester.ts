import {
  type CalendarDate,
  loadRuleSet,
  type Plugin,
  type RuleCases,
} from '@duibiao/core';

import { checkCases } from './check-cases.js';
import { type CaseResult, CaseRunner, DEFAULT_AS_OF } from './test-plugin.js';

/** A test runner's `describe`: a named group of tests. */
export type Describe = (name: string, body: () => void) => void;

/** A test runner's `it`: a named test, failed by a rejected promise. */
export type It = (name: string, body: () => Promise<void>) => void;

/** Thrown by a failing case under a test runner, with what went wrong. */
export class RuleCaseError extends Error {
  /** A stable code. */
  readonly code = 'DUIBIAO_CASE_FAILED';

  /**
   * @param result - The failed case.
   */
  constructor(result: CaseResult) {
    super(
      `${result.ruleId}, ${result.kind} case "${result.name}":\n${result.problems.join('\n')}`,
    );
    this.name = 'RuleCaseError';
  }
}

/**
 * Tests a plugin's rules on their cases under any runner that has
 * `describe` and `it` (vitest, jest, mocha, node:test): each case becomes
 * one test, and a test checks that every rule has cases.
 *
 * @example
 * import { describe, it } from 'vitest';
 * RuleTester.describe = describe;
 * RuleTester.it = it;
 * new RuleTester({ plugin: xian }).runAll();
 */
export class RuleTester {
  /** The runner's `describe`; the global one when not set. */
  static describe: Describe | undefined;
  /** The runner's `it`; the global one when not set. */
  static it: It | undefined;

  readonly #plugin: Plugin;
  readonly #asOf: CalendarDate;
  readonly #runner: CaseRunner;

  /**
   * @param options - The plugin under test, and the reference date of
   * cases that give none (`2020-09-30` by default).
   */
  constructor(options: { plugin: Plugin; asOf?: CalendarDate }) {
    this.#plugin = options.plugin;
    this.#asOf = options.asOf ?? DEFAULT_AS_OF;
    this.#runner = new CaseRunner(this.#plugin, this.#asOf);
  }

  /**
   * Registers one test per case of a rule.
   *
   * @param ruleId - The rule.
   * @param cases - Its cases; by default those the plugin declares.
   * @throws {TypeError} When no runner's `describe` and `it` are found, or
   * the rule has no cases.
   */
  run(ruleId: string, cases?: RuleCases): void {
    const { describe, it } = runnerFunctions();
    const own = cases ?? this.#plugin.tests?.[ruleId];
    if (!own) throw new TypeError(`rule ${ruleId} has no test cases`);

    describe(ruleId, () => {
      for (const testCase of own.valid) {
        it(`valid: ${testCase.name}`, async () =>
          assertPassed(await this.#runner.valid(ruleId, testCase)));
      }
      for (const testCase of own.invalid) {
        it(`invalid: ${testCase.name}`, async () =>
          assertPassed(await this.#runner.invalid(ruleId, testCase)));
      }
    });
  }

  /**
   * Registers a test that the plugin's cases are complete (each rule it
   * defines or replaces has valid and invalid cases; each invalid case
   * says what it expects), and the tests of every rule's cases.
   *
   * @throws {TypeError} When no runner's `describe` and `it` are found.
   */
  runAll(): void {
    const { describe, it } = runnerFunctions();
    describe(`${this.#plugin.name} test cases`, () => {
      it('cover every rule, each invalid case saying what it expects', async () => {
        const ruleSet = loadRuleSet([this.#plugin], this.#asOf);
        const problems = checkCases(this.#plugin, ruleSet);
        if (problems.length > 0) {
          throw new Error(
            problems.map((p) => `${p.ruleId} ${p.message}`).join('\n'),
          );
        }
      });
    });
    for (const ruleId of Object.keys(this.#plugin.tests ?? {}))
      this.run(ruleId);
  }
}

function runnerFunctions(): { describe: Describe; it: It } {
  const globals = globalThis as { describe?: Describe; it?: It };
  const describe = RuleTester.describe ?? globals.describe;
  const it = RuleTester.it ?? globals.it;
  if (!describe || !it) {
    throw new TypeError(
      "RuleTester needs a test runner's describe and it: set RuleTester.describe and RuleTester.it (with vitest: import { describe, it } from 'vitest'), or call testPlugin() for a report",
    );
  }

  return { describe, it };
}

function assertPassed(result: CaseResult): void {
  if (result.problems.length > 0) throw new RuleCaseError(result);
}
