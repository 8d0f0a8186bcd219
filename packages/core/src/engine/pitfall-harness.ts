import {
  type Condition,
  compileRuleSet,
  createContext,
  type FactDefinition,
  type Household,
  loadRuleSet,
  ReferenceEvaluator,
  type RuleSet,
  SubjectFacts,
  type TopLevelCondition,
} from '@duibiao/core';

/**
 * What the pitfall tests share: a rule set built by hand, so that
 * conditions the loader refuses still reach the two evaluators, and the
 * outcome of each of its rules on one household by both.
 */

/**
 * A rule set of household rules `t/<id>` built around a loaded one: the
 * conditions are taken as given, not checked or resolved.
 *
 * @param rules - Conditions by rule id (after `t/`).
 * @param facts - Household facts the conditions read.
 * @returns The rule set.
 */
export function handMade(
  rules: Record<string, Condition>,
  facts: FactDefinition<'household'>[] = [],
): RuleSet {
  const seed = {
    id: 't/seed',
    subject: 'household' as const,
    category: 'data-error' as const,
    indicator: 'consistency' as const,
    severity: 'low' as const,
    title: 'seed',
    basis: 'test',
    department: 'test',
    action: '核实' as const,
    conditions: {
      all: [{ fact: 'perCapitaNetIncome', operator: 'lessThan', value: 1 }],
    },
    message: { zh: 'seed', en: 'seed' },
  };
  const plugin = { name: 't', id: 't', version: '1.0.0', facts, rules: [seed] };
  const loaded = loadRuleSet([plugin], '2020-09-30');
  const first = loaded.rules[0] as RuleSet['rules'][number];

  return {
    ...loaded,
    rules: Object.entries(rules).map(([id, conditions]) => ({
      ...first,
      definition: { ...first.definition, id: `t/${id}` },
      conditions: conditions as TopLevelCondition,
      facts: [...factsOf(conditions)],
    })),
  };
}

/** The facts a condition reads, at any depth. */
function factsOf(condition: Condition): Set<string> {
  if ('all' in condition)
    return new Set(condition.all.flatMap((c) => [...factsOf(c)]));
  if ('any' in condition)
    return new Set(condition.any.flatMap((c) => [...factsOf(c)]));
  if ('not' in condition) return factsOf(condition.not);
  if ('fact' in condition) return new Set([condition.fact]);

  return new Set();
}

/**
 * Each rule's result (`fired`, `passed`, `unknown`, `error`) on one
 * household, by the compiled and the reference evaluator.
 *
 * @param ruleSet - The rules.
 * @param household - The household.
 * @returns The results of each evaluator, by rule id.
 */
export async function bothOutcomes(
  ruleSet: RuleSet,
  household: Household = { householdId: 'H' } as Household,
) {
  const dataset = { households: [household], members: [], villages: [] };
  const context = createContext(ruleSet, dataset);
  const subject = {
    kind: 'household',
    household,
    members: [],
    village: undefined,
  } as const;
  const facts = ruleSet.facts.get('household') as NonNullable<
    ReturnType<RuleSet['facts']['get']>
  >;
  const compiled = compileRuleSet(ruleSet).get('household');
  const reference = await new ReferenceEvaluator(ruleSet).evaluate(
    new SubjectFacts(subject, facts, context),
  );

  return {
    compiled: Object.fromEntries(
      (compiled?.rules ?? []).map((r) => [
        r.rule.definition.id,
        r.evaluate(new SubjectFacts(subject, facts, context, compiled?.slots))
          .result,
      ]),
    ),
    reference: Object.fromEntries(
      [...reference].map(([id, outcome]) => [id, outcome.result]),
    ),
  };
}
