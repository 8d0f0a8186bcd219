import { type Almanac, Engine, type RuleProperties } from 'json-rules-engine';

import { isNumberRange } from '../values/number-range.js';
import type { Condition, FactCondition, JsonValue } from './condition.js';
import { OPERATORS } from './operators.js';
import { readPath } from './path.js';
import type { LoadedRule, RuleSet } from './rule-set.js';
import type { SubjectFacts } from './subject-facts.js';
import { SUBJECT_KINDS, type SubjectKind } from './types.js';

/** How one rule came out for one subject. */
export type RuleOutcome =
  | {
      /** The conditions hold: the rule reports a finding. */
      result: 'fired';
    }
  | {
      /** The conditions do not hold. */
      result: 'passed';
    }
  | {
      /** A fact the outcome depends on is unknown. */
      result: 'unknown';
      /** The unknown facts the outcome depended on. */
      facts: string[];
      /**
       * Those facts known only to lie in a range of numbers, given when
       * the outcome was decided outside the engine, which has not
       * computed them (else the engine looks at their values).
       */
      ranges?: readonly string[];
    }
  | {
      /** A fact or operator threw. */
      result: 'error';
      /** What was thrown. */
      error: unknown;
    };

/** What runs a rule set's rules on one subject at a time. */
export interface Evaluator {
  /**
   * Runs every rule of the subject's kind.
   *
   * @param facts - The subject and its facts.
   * @returns Each rule's outcome, by rule id.
   */
  evaluate(facts: SubjectFacts): Promise<Map<string, RuleOutcome>>;
}

type Mode = 'favour' | 'against';

/** What a run of json-rules-engine reads through its `$run` fact. */
interface Run {
  facts: SubjectFacts;
  /** Facts that were read and unknown during the run. */
  unknown: Set<string>;
}

const PATH_PARAM = '$path';

/**
 * Runs rules with json-rules-engine's own `Engine`, the reference for
 * duibiao's semantics, and gets strong three-valued (Kleene) logic out of
 * it. Each comparison over an unknown value is answered in the rule's
 * favour in one run and against it in another ("in favour" flips under each
 * `not`): true in both runs is true, false in both is false, anything else
 * is unknown.
 *
 * The favouring run of all rules of a kind comes first; a rule false there
 * is false. A rule true there runs alone against itself to tell true from
 * unknown. A
 * fact that throws makes the shared run fail, so then each rule runs alone
 * and only the rules that read the fact get an error outcome.
 *
 * One evaluator must not run two subjects at once: json-rules-engine keeps
 * run state on the engine. {@link Checker} creates one per check.
 */
export class ReferenceEvaluator implements Evaluator {
  readonly #byKind = new Map<
    SubjectKind,
    { rules: LoadedRule[]; all: Engine }
  >();
  readonly #alone = new Map<string, Record<Mode, Engine>>();

  /**
   * @param ruleSet - The loaded rules.
   */
  constructor(ruleSet: RuleSet) {
    for (const kind of SUBJECT_KINDS) {
      const rules = ruleSet.rules.filter(
        (rule) => rule.definition.subject === kind,
      );
      this.#byKind.set(kind, { rules, all: createEngine(rules, 'favour') });
    }
    for (const rule of ruleSet.rules) {
      this.#alone.set(rule.definition.id, {
        favour: createEngine([rule], 'favour'),
        against: createEngine([rule], 'against'),
      });
    }
  }

  async evaluate(facts: SubjectFacts): Promise<Map<string, RuleOutcome>> {
    const group = this.#byKind.get(facts.subject.kind);
    const outcomes = new Map<string, RuleOutcome>();
    if (!group || group.rules.length === 0) return outcomes;

    const shared: Run = { facts, unknown: new Set() };
    const favoured = await fired(group.all, shared).catch(() => undefined);

    for (const rule of group.rules) {
      const id = rule.definition.id;
      if (favoured) {
        outcomes.set(id, await this.#settle(id, favoured.has(id), shared));
      } else {
        outcomes.set(id, await this.#runAlone(id, facts));
      }
    }

    return outcomes;
  }

  async #settle(id: string, favoured: boolean, run: Run): Promise<RuleOutcome> {
    if (!favoured) return { result: 'passed' };

    // A rule the favouring run fires is run against itself even when no
    // blank fact was read: a comparison can be unknown on a value that is
    // not blank (a list to equal, a month against a day inside it).
    return this.#against(id, run.facts);
  }

  async #runAlone(id: string, facts: SubjectFacts): Promise<RuleOutcome> {
    const engines = this.#alone.get(id) as Record<Mode, Engine>;
    const run: Run = { facts, unknown: new Set() };
    try {
      const favoured = await fired(engines.favour, run);
      if (!favoured.has(id)) return { result: 'passed' };
    } catch (error) {
      return { result: 'error', error };
    }

    return this.#against(id, facts);
  }

  async #against(id: string, facts: SubjectFacts): Promise<RuleOutcome> {
    const engines = this.#alone.get(id) as Record<Mode, Engine>;
    const run: Run = { facts, unknown: new Set() };
    try {
      const against = await fired(engines.against, run);
      if (against.has(id)) return { result: 'fired' };
    } catch (error) {
      return { result: 'error', error };
    }

    return { result: 'unknown', facts: [...run.unknown] };
  }
}

async function fired(engine: Engine, run: Run): Promise<Set<string>> {
  const { results } = await engine.run({ $run: run });

  return new Set(results.map((result) => String(result.name)));
}

function createEngine(rules: readonly LoadedRule[], mode: Mode): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const [name, spec] of Object.entries(OPERATORS)) {
    engine.addOperator(
      `${name}@T`,
      (a: unknown, b: unknown) => spec.evaluate(a, b) ?? true,
    );
    engine.addOperator(
      `${name}@F`,
      (a: unknown, b: unknown) => spec.evaluate(a, b) ?? false,
    );
  }

  const facts = new Set(rules.flatMap((rule) => rule.facts));
  for (const name of facts)
    engine.addFact(name, readFact(name), { cache: false });
  for (const rule of rules) {
    const properties: RuleProperties = {
      name: rule.definition.id,
      conditions: toEngine(
        rule.conditions,
        mode,
        true,
      ) as RuleProperties['conditions'],
      event: { type: rule.definition.id },
    };
    engine.addRule(properties);
  }

  return engine;
}

function readFact(name: string) {
  return async (params: Record<string, JsonValue>, almanac: Almanac) => {
    const run = (await almanac.factValue('$run')) as Run;
    const { [PATH_PARAM]: path, ...rest } = params ?? {};
    const whole = run.facts.get(name, rest);
    const value = typeof path === 'string' ? readPath(whole, path) : whole;
    if (value === undefined || isNumberRange(value)) run.unknown.add(name);

    return value;
  };
}

/**
 * Rewrites resolved conditions for one of the two runs: each comparison's
 * operator gets the variant that answers an unknown with `true` (`@T`) or
 * `false` (`@F`), chosen by the run and by the comparison's polarity; a
 * `path` travels to the fact as a param so that duibiao's path semantics
 * apply.
 */
function toEngine(
  condition: Condition,
  mode: Mode,
  positive: boolean,
): unknown {
  if ('all' in condition) {
    return {
      ...condition,
      all: condition.all.map((c) => toEngine(c, mode, positive)),
    };
  }
  if ('any' in condition) {
    return {
      ...condition,
      any: condition.any.map((c) => toEngine(c, mode, positive)),
    };
  }
  if ('not' in condition) {
    return { ...condition, not: toEngine(condition.not, mode, !positive) };
  }
  if ('condition' in condition) {
    throw new TypeError('shared conditions must be inlined before running');
  }

  const leaf = condition as FactCondition;
  const favourable = (mode === 'favour') === positive;
  const { path, params, ...rest } = leaf;
  const engineParams =
    path === undefined ? params : { ...params, [PATH_PARAM]: path };

  return {
    ...rest,
    operator: `${leaf.operator}@${favourable ? 'T' : 'F'}`,
    ...(engineParams ? { params: engineParams } : {}),
  };
}
