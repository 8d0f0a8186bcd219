import { describe, expect, it } from 'vitest';

import { decidedOutcome } from './decided-outcome.js';
import type { RuleOutcome } from './reference-evaluator.js';

/** An evaluation that must not run. */
const never = (): RuleOutcome => {
  throw new Error('evaluated');
};
const unknownOn =
  (...facts: string[]) =>
  (): RuleOutcome => ({
    result: 'unknown',
    facts,
  });

describe('an outcome decided outside the engine', () => {
  it('is taken as it is, unevaluated, when fired, passed or unknown with its facts named', () => {
    expect(decidedOutcome('fired', never, false)).toEqual({ result: 'fired' });
    expect(decidedOutcome('passed', never, false)).toEqual({
      result: 'passed',
    });
    expect(
      decidedOutcome(
        { unknown: ['age', 'labour'], ranges: ['age'] },
        never,
        false,
      ),
    ).toEqual({ result: 'unknown', facts: ['age', 'labour'], ranges: ['age'] });
  });

  it('takes the facts of a bare unknown from the engine', () => {
    expect(decidedOutcome('unknown', unknownOn('labour'), false)).toEqual({
      result: 'unknown',
      facts: ['labour'],
    });
  });

  it('when verified, keeps the named facts if the engine finds the same, in any order', () => {
    expect(
      decidedOutcome(
        { unknown: ['labour', 'age'], ranges: ['age'] },
        unknownOn('age', 'labour'),
        true,
      ),
    ).toEqual({ result: 'unknown', facts: ['labour', 'age'], ranges: ['age'] });
  });

  it('when verified, is an error naming both where the facts or the results differ', () => {
    const facts = decidedOutcome(
      { unknown: ['age'] },
      unknownOn('age', 'labour'),
      true,
    );
    expect(facts.result).toBe('error');
    expect(String((facts as { error: unknown }).error)).toContain(
      "the facts found unknown outside the engine are age, the engine's own age, labour",
    );

    const result = decidedOutcome(
      { unknown: [] },
      () => ({ result: 'fired' }),
      true,
    );
    expect(String((result as { error: unknown }).error)).toContain(
      "the outcome decided outside the engine is unknown, the engine's own is fired",
    );
  });

  it("when verified, is the engine's own error where a fact throws", () => {
    const thrown = new Error('fact failed');
    expect(
      decidedOutcome(
        'passed',
        () => ({ result: 'error', error: thrown }),
        true,
      ),
    ).toEqual({ result: 'error', error: thrown });
  });
});
