import {
  type Condition,
  createChecker,
  type EvaluatorKind,
  type FactDefinition,
  type Household,
  type JsonValue,
  type Plugin,
  type RuleDefinition,
  type RuleStats,
  type TopLevelCondition,
} from '@duibiao/core';
import { expect } from 'vitest';

/**
 * A peer suite: the situations json-rules-engine's own tests and examples
 * put to it, asked of duibiao's two evaluators. Each expected outcome is
 * worked out by hand in the case, from strong three-valued (Kleene) logic
 * and json-rules-engine's priority sets, and both the reference and the
 * compiled path must give it.
 *
 * The cases are our own; the upstream files (CacheControl/json-rules-engine
 * at 7.3.x) only chose the situations. Each group names the files it was
 * drawn from. Where duibiao departs from json-rules-engine on purpose (a
 * blank fact is unknown, not `undefined`; a path into a non-object is
 * unknown, not the value itself), the case says so.
 *
 * Every case loads through `loadRuleSet` (by way of `createChecker`) with
 * a plugin whose facts return the values given, so shared conditions are
 * inlined and params passed as the loader does. `unread` facts must not
 * be computed at all on either path: a priority set decided the group.
 *
 * This file holds what the suite's files share: a plugin whose facts
 * return the values a case gives, a run of both evaluators, and the
 * comparison of their outcomes with the one worked out by hand.
 */

/** A fact value that makes the fact throw when read. */
export const THROWS = Symbol('throws');

/** A fact's value, or a function of the condition's params. */
export type FactValue =
  | unknown
  | ((params: Readonly<Record<string, JsonValue>>) => unknown);

export interface Scenario {
  /** Rules by the last part of their id. */
  rules: Record<string, TopLevelCondition>;
  /** Fact values of the one household. */
  facts: Record<string, FactValue>;
  /** Shared conditions of the plugin. */
  shared?: Record<string, Condition>;
}

export interface Checks {
  /** Facts that neither path may compute. */
  unread?: string[];
  /** Facts each path computes exactly once. */
  readOnce?: string[];
}

export function rule(
  id: string,
  conditions: TopLevelCondition,
): RuleDefinition {
  return {
    id: `peer/${id}`,
    subject: 'household',
    category: 'data-error',
    indicator: 'consistency',
    severity: 'low',
    title: id,
    basis: 'peer suite',
    department: 'peer suite',
    action: '核实',
    conditions,
    message: { zh: id, en: id },
  };
}

/**
 * One scenario checked one way: each rule's outcome as `fired`,
 * `passed`, `error` or `unknown: <facts>`, and how often each fact was
 * computed.
 */
export async function judge(scenario: Scenario, evaluator: EvaluatorKind) {
  const reads = new Map<string, number>();
  const facts = Object.entries(scenario.facts).map(
    ([name, value]): FactDefinition<'household'> => ({
      name,
      subject: 'household',
      type: 'object',
      description: `Peer fact ${name}.`,
      inputs: [],
      compute(_subject, _context, params) {
        reads.set(name, (reads.get(name) ?? 0) + 1);
        if (value === THROWS) throw new Error(`${name} cannot be computed`);

        return typeof value === 'function' ? value(params) : value;
      },
    }),
  );
  const plugin: Plugin = {
    name: 'peer',
    id: 'peer',
    version: '1.0.0',
    facts,
    conditions: scenario.shared,
    rules: Object.entries(scenario.rules).map(([id, c]) => rule(id, c)),
  };

  const checker = createChecker({
    plugins: [plugin],
    asOf: '2020-09-30',
    evaluator,
  });
  const { stats } = await checker.check({
    households: [{ householdId: 'H' } as Household],
    members: [],
    villages: [],
  });
  const outcomes = Object.fromEntries(
    stats.rules.map((r) => [r.ruleId.slice('peer/'.length), outcomeOf(r)]),
  );

  return { outcomes, reads };
}

export function outcomeOf(stats: RuleStats): string {
  if (stats.errors > 0) return 'error';
  if (stats.fired > 0) return 'fired';
  if (stats.passed > 0) return 'passed';

  return `unknown: ${Object.keys(stats.missing).join(', ')}`;
}

export async function expectBoth(
  scenario: Scenario,
  expected: Record<string, string>,
  checks: Checks = {},
): Promise<void> {
  for (const evaluator of ['reference', 'compiled'] as const) {
    const { outcomes, reads } = await judge(scenario, evaluator);

    expect(outcomes, evaluator).toEqual(expected);
    for (const name of checks.unread ?? [])
      expect(reads.get(name) ?? 0, `${evaluator} computes ${name}`).toBe(0);
    for (const name of checks.readOnce ?? [])
      expect(reads.get(name), `${evaluator} computes ${name}`).toBe(1);
  }
}

export const is = (fact: string, operator: string, value: JsonValue) => ({
  fact,
  operator,
  value,
});
