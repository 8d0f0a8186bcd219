import { isNumberRange } from '../values/number-range.js';
import type { Operator } from './operators.js';
import type { SubjectFacts } from './subject-facts.js';

/**
 * One pass over a rule's conditions. `favour` says how a comparison over
 * an unknown value is answered: in the rule's favour (so that the rule
 * fires) or against it; `unknown` collects the facts that were read and
 * unknown.
 */
export interface Pass {
  facts: SubjectFacts;
  favour: boolean;
  /** Facts read and unknown: the first `unknownCount` entries. */
  unknown: string[];
  unknownCount: number;
}

/** A compiled condition: its truth in one pass. Throws when a fact throws. */
export type Node = (pass: Pass) => boolean;

/** What a comparison reads and how it compares. */
export interface LeafSpec {
  /** The operator's name. */
  operator: string;
  /** The operator's three-valued test. */
  test: Operator;
  /** The value compared with, parameters resolved. */
  value: unknown;
  /** The fact's name, recorded when its value is unknown. */
  fact: string;
  /** The fact's slot. */
  slot: number;
  /** Whether the comparison sits under an even number of `not`s. */
  positive: boolean;
}

/**
 * A comparison of a fact's whole value (no `path`), in its general form:
 * the operator's own test, the unknown recorded, and an unknown answer
 * given as the pass says.
 *
 * @param spec - The comparison.
 * @returns Its node.
 */
export function generalLeaf(spec: LeafSpec): Node {
  const { test, value, fact, slot, positive } = spec;

  return (pass) =>
    settle(pass, pass.facts.at(slot), test, value, fact, positive);
}

/**
 * A comparison compiled for the common case: the operator's answer for
 * strings, numbers, booleans and lists worked out in the node itself, and
 * the general path ({@link settle}) taken only for what remains (unknown,
 * `null`, ranges, values of other types). Each operator has a node of
 * its own code, so that the call to the operator is not shared by all.
 * The answers are those of {@link OPERATORS}, which the property tests
 * hold the two evaluators to.
 *
 * @param spec - The comparison.
 * @returns Its node, or `undefined` when the operator and value have no
 * special form (dates, values of a type the operator never accepts).
 */
export function specialLeaf(spec: LeafSpec): Node | undefined {
  const { operator, test, value, fact, slot, positive } = spec;
  const other = (pass: Pass, actual: unknown) =>
    settle(pass, actual, test, value, fact, positive);

  switch (operator) {
    case 'equal':
      if (!isPrimitive(value)) return undefined;
      return (pass) => {
        const actual = pass.facts.at(slot);
        if (actual === value) return true;
        return isPrimitive(actual) ? false : other(pass, actual);
      };
    case 'notEqual':
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isPrimitive(actual) ? actual !== value : other(pass, actual);
      };
    case 'in':
    case 'notIn': {
      if (!Array.isArray(value)) return undefined;
      // Set membership is SameValueZero, as Array.prototype.includes is.
      const set = new Set<unknown>(value);
      const wanted = operator === 'in';
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isPrimitive(actual)
          ? set.has(actual) === wanted
          : other(pass, actual);
      };
    }
    case 'contains':
    case 'doesNotContain': {
      if (!isPrimitive(value)) return undefined;
      const wanted = operator === 'contains';
      return (pass) => {
        const actual = pass.facts.at(slot);
        return Array.isArray(actual)
          ? actual.includes(value) === wanted
          : other(pass, actual);
      };
    }
    case 'containsAny':
    case 'doesNotContainAny': {
      if (!Array.isArray(value)) return undefined;
      const items = value;
      const wanted = operator === 'containsAny';
      return (pass) => {
        const actual = pass.facts.at(slot);
        if (!Array.isArray(actual)) return other(pass, actual);
        for (const item of items) {
          if (actual.includes(item)) return wanted;
        }
        return !wanted;
      };
    }
    default:
      return numericLeaf(spec, other);
  }
}

function numericLeaf(
  { operator, value, slot }: LeafSpec,
  other: (pass: Pass, actual: unknown) => boolean,
): Node | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const bound = value;

  switch (operator) {
    case 'lessThan':
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isFiniteNumber(actual) ? actual < bound : other(pass, actual);
      };
    case 'lessThanInclusive':
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isFiniteNumber(actual) ? actual <= bound : other(pass, actual);
      };
    case 'greaterThan':
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isFiniteNumber(actual) ? actual > bound : other(pass, actual);
      };
    case 'greaterThanInclusive':
      return (pass) => {
        const actual = pass.facts.at(slot);
        return isFiniteNumber(actual) ? actual >= bound : other(pass, actual);
      };
    default:
      return undefined;
  }
}

/**
 * The general answer of a comparison over a value: unknown values and
 * ranges are recorded, and an unknown answer is given in the rule's
 * favour or against it as the pass says (flipped under `not`).
 *
 * @param pass - The pass.
 * @param actual - The value read (after any `path`).
 * @param test - The operator's test.
 * @param value - The value compared with.
 * @param fact - The fact's name.
 * @param positive - Whether the comparison is under an even number of
 * `not`s.
 * @returns The comparison's truth in this pass.
 */
export function settle(
  pass: Pass,
  actual: unknown,
  test: Operator,
  value: unknown,
  fact: string,
  positive: boolean,
): boolean {
  // Only a missing value or a range is recorded as unknown: a value of
  // the wrong type, or a month against a day, leaves the outcome unknown
  // with no fact named (README, Limitations), as the reference does.
  if (actual === undefined || isNumberRange(actual))
    pass.unknown[pass.unknownCount++] = fact;

  return test(actual, value) ?? pass.favour === positive;
}

/** A string, number or boolean: a known scalar that is not `null`. */
function isPrimitive(x: unknown): x is string | number | boolean {
  const type = typeof x;

  return type === 'string' || type === 'number' || type === 'boolean';
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
