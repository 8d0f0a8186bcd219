import type { DecidedOutcome } from './check-types.js';
import type { RuleOutcome } from './reference-evaluator.js';

/**
 * An outcome decided elsewhere as the engine records it; a bare unknown
 * one takes its unknown facts from the engine's own evaluation, and with
 * `verify` every one is evaluated again: where the two differ (in result,
 * or in the unknown facts named), the outcome is an error saying so.
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
  const result = typeof decided === 'string' ? decided : 'unknown';
  const named =
    typeof decided === 'string'
      ? undefined
      : {
          result: 'unknown' as const,
          // Read only: the checker counts the fields behind them.
          facts: decided.unknown as string[],
          ...(decided.ranges ? { ranges: decided.ranges } : {}),
        };
  if (named && !verify) return named;
  if (result !== 'unknown' && !verify) return { result };

  const own = evaluate();
  if (own.result !== result)
    return own.result === 'error'
      ? own
      : disagree(
          `the outcome decided outside the engine is ${result}, the engine's own is ${own.result}`,
        );
  if (own.result !== 'unknown') return own;
  if (!named) return own;

  const theirs = [...named.facts].sort().join(', ');
  const ours = [...own.facts].sort().join(', ');
  return theirs === ours
    ? named
    : disagree(
        `the facts found unknown outside the engine are ${theirs || 'none'}, the engine's own ${ours || 'none'}`,
      );
}

function disagree(message: string): RuleOutcome {
  return { result: 'error', error: new Error(message) };
}
