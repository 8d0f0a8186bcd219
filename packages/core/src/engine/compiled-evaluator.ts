import { isBlankText } from './blank-input.js';
import type { Condition, FactCondition, JsonValue } from './condition.js';
import {
  generalLeaf,
  type Node,
  type Pass,
  settle,
  specialLeaf,
} from './compiled-leaves.js';
import { OPERATORS } from './operators.js';
import type { LoadedRule, RuleSet } from './rule-set.js';
import { cacheKey, FactSlots } from './fact-slots.js';
import type { SubjectFacts } from './subject-facts.js';
import type { RuleOutcome } from './reference-evaluator.js';
import { SUBJECT_KINDS, type SubjectKind } from './types.js';

/** The compiled rules of one subject kind and the slots of their facts. */
export interface CompiledKind {
  /** The kind's rules, in rule-set order. */
  rules: CompiledRule[];
  /** Where each fact the rules read is kept for a subject. */
  slots: FactSlots;
}

/** A rule compiled to a function of its subject's facts. */
export interface CompiledRule {
  /** The rule as loaded, its parameters resolved. */
  rule: LoadedRule;
  /**
   * The rule's outcome for one subject: the same as
   * {@link ReferenceEvaluator} gives, unknown facts included.
   */
  evaluate(facts: SubjectFacts): RuleOutcome;
}

const EMPTY_PARAMS: Readonly<Record<string, JsonValue>> = Object.freeze({});

/**
 * Compiles a rule set's conditions into plain closures, once: no text of
 * a rule file becomes code (there is no code generation), so a rule file
 * from a stranger can do no more than compare facts with values.
 *
 * The closures keep the reference semantics exactly, including what
 * json-rules-engine does and what duibiao makes of it:
 * - a rule is judged in two passes, like the reference's two runs: a
 *   comparison over an unknown value is answered in the rule's favour in
 *   the first and against it in the second (the answer flips under each
 *   `not`); true in both is true, false in the first is false, anything
 *   else unknown, with the facts read and unknown in the second pass;
 * - the children of `all` and `any` run in sets of equal priority, the
 *   highest first, every child of a set is evaluated (a fact that throws
 *   anywhere in it makes the rule an error), and a set that decides the
 *   group ends it, as json-rules-engine does;
 * - a `path` reads into the fact's value as duibiao's `readPath` does.
 *
 * @param ruleSet - The loaded rules.
 * @returns The compiled rules of each subject kind, in rule order.
 */
export function compileRuleSet(
  ruleSet: RuleSet,
): Map<SubjectKind, CompiledKind> {
  const byKind = new Map<SubjectKind, CompiledKind>();
  for (const kind of SUBJECT_KINDS) {
    const slots = new FactSlots(ruleSet.facts.get(kind) ?? new Map());
    const rules = ruleSet.rules
      .filter((rule) => rule.definition.subject === kind)
      .map((rule) => compileRule(rule, slots));
    byKind.set(kind, { rules, slots });
  }

  return byKind;
}

const PASSED: RuleOutcome = Object.freeze({ result: 'passed' });
const FIRED: RuleOutcome = Object.freeze({ result: 'fired' });

/**
 * Compiles one rule.
 *
 * @param rule - A loaded rule, conditions resolved.
 * @param slots - The fact slots of the rule's subject kind; the facts the
 * rule reads with params are added to them. Subjects it evaluates must
 * lay out their facts with these slots.
 * @returns The compiled rule.
 */
export function compileRule(rule: LoadedRule, slots: FactSlots): CompiledRule {
  const root = compile(rule.conditions as Condition, true, slots);
  // Evaluation is synchronous, so one pass object serves every call.
  const pass: Pass = {
    facts: undefined as never,
    favour: true,
    unknown: [],
    unknownCount: 0,
  };

  return {
    rule,
    evaluate(facts: SubjectFacts): RuleOutcome {
      pass.facts = facts;
      pass.favour = true;
      pass.unknownCount = 0;
      try {
        if (!root(pass)) return PASSED;
      } catch (error) {
        return { result: 'error', error };
      }
      // Fired in the rule's favour: the second pass tells fired from
      // unknown, even when no blank fact was read, since a comparison can
      // be unknown on a value that is not blank (a list to `equal`).
      pass.favour = false;
      pass.unknownCount = 0;
      try {
        if (root(pass)) return FIRED;
      } catch (error) {
        return { result: 'error', error };
      }

      const read = pass.unknown.slice(0, pass.unknownCount);
      return { result: 'unknown', facts: [...new Set(read)] };
    },
  };
}

function compile(
  condition: Condition,
  positive: boolean,
  slots: FactSlots,
): Node {
  if ('all' in condition) return group(condition.all, 'all', positive, slots);
  if ('any' in condition) return group(condition.any, 'any', positive, slots);
  if ('not' in condition) {
    // A `not` runs its one child alone, whatever its priority.
    const child = compile(condition.not, !positive, slots);
    return (pass) => !child(pass);
  }
  if ('condition' in condition) {
    throw new TypeError('shared conditions must be inlined before compiling');
  }

  return comparison(condition, positive, slots);
}

function group(
  children: readonly Condition[],
  kind: 'all' | 'any',
  positive: boolean,
  slots: FactSlots,
): Node {
  const all = kind === 'all';
  // json-rules-engine treats an empty group as true; the loader refuses
  // empty groups, so this only keeps the two paths alike.
  if (children.length === 0) return () => true;
  if (children.length === 1)
    return compile(children[0] as Condition, positive, slots);

  const sets = prioritySets(children).map((set) =>
    set.map((child) => compile(child, positive, slots)),
  );
  // Every child of a set is evaluated, as json-rules-engine's Promise.all
  // does: a throwing fact in any of them is an error. A set that decides
  // the group ends it.
  if (sets.length === 1) {
    const nodes = sets[0] as Node[];
    return (pass) => {
      let decided = false;
      for (let i = 0; i < nodes.length; i += 1) {
        if ((nodes[i] as Node)(pass) !== all) decided = true;
      }
      return decided !== all;
    };
  }

  return (pass) => {
    for (const set of sets) {
      let decided = false;
      for (const node of set) {
        if (node(pass) !== all) decided = true;
      }
      if (decided) return !all;
    }

    return all;
  };
}

/**
 * Children grouped by priority, highest first, as json-rules-engine groups
 * them: a child without a priority (or with 0) counts as 1.
 */
function prioritySets(children: readonly Condition[]): Condition[][] {
  const sets = new Map<number, Condition[]>();
  for (const child of children) {
    const priority = priorityOf(child);
    const set = sets.get(priority) ?? [];
    set.push(child);
    sets.set(priority, set);
  }

  return [...sets.entries()].sort(([a], [b]) => b - a).map(([, set]) => set);
}

function comparison(
  leaf: FactCondition,
  positive: boolean,
  slots: FactSlots,
): Node {
  const spec = OPERATORS[leaf.operator];
  if (!spec) throw new TypeError(`unknown operator ${leaf.operator}`);

  const { fact, value } = leaf;
  const params = leaf.params ?? EMPTY_PARAMS;
  const slot = slots.add(fact, params, cacheKey(fact, params));
  const test = spec.evaluate;
  if (leaf.path === undefined) {
    const whole = {
      operator: leaf.operator,
      test,
      value,
      fact,
      slot,
      positive,
    };
    return specialLeaf(whole) ?? generalLeaf(whole);
  }

  const read = compilePath(leaf.path);
  return (pass) =>
    settle(pass, read(pass.facts.at(slot)), test, value, fact, positive);
}

/**
 * A JSONPath `$.a.b[0]` compiled to its steps, read as `readPath` reads
 * it: a step into something that is not an object (or array, for an
 * index) or into a key the value does not own is unknown, and so is
 * blank text at its end.
 */
function compilePath(path: string): (value: unknown) => unknown {
  const steps = (path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) ?? []).map(
    (step) =>
      step.startsWith('.') ? step.slice(1) : Number(step.slice(1, -1)),
  );

  return (value) => {
    let current = value;
    for (const key of steps) {
      if (typeof current !== 'object' || current === null) return undefined;
      if (Array.isArray(current) !== (typeof key === 'number'))
        return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
      current = (current as Record<string | number, unknown>)[key];
    }

    return isBlankText(current) ? undefined : current;
  };
}

/**
 * A condition's priority as json-rules-engine reads it: a child without
 * one (or with 0) counts as 1; children of a group run in sets of equal
 * priority, the highest first.
 *
 * @param condition - A child of `all` or `any`.
 * @returns Its priority.
 */
export function priorityOf(condition: Condition): number {
  return Math.trunc(Number(condition.priority)) || 1;
}
