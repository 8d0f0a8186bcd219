import type { DecidedOutcome } from './check-types.js';
import type { RuleOutcome } from './reference-evaluator.js';

/**
 * An outcome decided elsewhere as the engine records it; an unknown one
 * takes its unknown facts from the engine's own evaluation, and with
 * `verify` every one is evaluated again: where the two differ, the
 * outcome is an error saying so.
 *
 * @param decided - The outcome decided elsewhere.
 * @param evaluate - The engine's own evaluation of the rule on the subject.
 * @param verify - Whether to evaluate every outcome again.
 * @returns The outcome to record.
 */
export function decidedOutcome(
  decided: Exclude<DecidedOutcome, undefined>,
  evaluate: () => RuleOutcome,
  verify: boolean,
): RuleOutcome {
  if (decided !== 'unknown' && !verify) return { result: decided };
  const own = evaluate();
  if (own.result === decided)
    return decided === 'unknown' ? own : { result: decided };
  if (own.result === 'error') return own;

  return {
    result: 'error',
    error: new Error(
      `the outcome decided outside the engine is ${decided}, the engine's own is ${own.result}`,
    ),
  };
}
