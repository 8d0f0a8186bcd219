import type { Condition, FactCondition, JsonValue } from '@duibiao/core';
import fc from 'fast-check';

import {
  DATED,
  day,
  EQUALITY,
  LISTED,
  NUMERIC,
  type Reading,
  type Readings,
  word,
} from './compiled-evaluator.arbitraries.js';

/**
 * A model of three-valued rules written from docs/rules.md alone, for
 * compiled-evaluator.property.test.ts: comparisons as the operator table
 * says, `all` / `any` / `not` as Kleene's logic, and empty groups true (as
 * json-rules-engine has them; the loader refuses them). Both evaluators
 * must agree with it, not only with each other, on facts that are known
 * values of the right type or unknown — so an unknown fact under
 * `notEqual`, `notIn`, `doesNotContain` or `not` must give unknown, never
 * true.
 */

/** True, false or unknown. */
export type Truth = boolean | undefined;

/** The facts of the model's subjects, each read as its type or unknown. */
export const MODEL_READINGS: Reading[] = [
  { fact: 'n', operators: [...NUMERIC, ...EQUALITY] },
  { fact: 't', operators: [...DATED, ...EQUALITY] },
  { fact: 'l', operators: LISTED },
  { fact: 's', operators: EQUALITY },
  { fact: 'o', path: '$.n', operators: NUMERIC },
  { fact: 'o', path: '$.l', operators: LISTED },
  { fact: 'o', path: '$.s', operators: EQUALITY },
];

const integer = fc.integer({ min: -3, max: 6 });
const list = fc.array(fc.oneof(word, integer), { maxLength: 3 });
const scalar = fc.oneof(word, integer, fc.constantFrom(null, true, false));

/** An operand of the operator's own kind. */
export function modelOperand(operator: string): fc.Arbitrary<JsonValue> {
  if (NUMERIC.includes(operator)) return integer;
  if (DATED.includes(operator)) return day;
  if (['in', 'notIn', 'containsAny', 'doesNotContainAny'].includes(operator))
    return list;
  if (LISTED.includes(operator)) return fc.oneof(word, integer);

  return scalar;
}

/** A fact's values for k = 0, 1, 2: unknown one time in three. */
function values(value: fc.Arbitrary<unknown>) {
  const one = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: value, weight: 2 },
  );

  return fc.array(one, { minLength: 3, maxLength: 3 });
}

/** Subjects whose facts are known values of their type, or unknown. */
export const modelSubject: fc.Arbitrary<Readings> = fc.record(
  {
    n: values(integer),
    t: values(day),
    l: values(list),
    s: values(scalar),
    o: values(
      fc.record({ n: integer, l: list, s: scalar }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

const isBlankText = (x: unknown) => typeof x === 'string' && x.trim() === '';

const isScalar = (x: unknown) =>
  x === null || ['string', 'number', 'boolean'].includes(typeof x);

/** A comparison of a known or unknown fact value, as docs/rules.md says. */
export function compareLeaf(
  operator: string,
  fact: unknown,
  value: unknown,
): Truth {
  // Blank text is unknown, as a blank cell is (docs/rules.md).
  if (fact === undefined || isBlankText(fact)) return undefined;
  const items = value as unknown[];
  const has = (x: unknown) => Array.isArray(fact) && fact.includes(x);

  switch (operator) {
    case 'equal':
      return isScalar(fact) ? fact === value : undefined;
    case 'notEqual':
      return isScalar(fact) ? fact !== value : undefined;
    case 'in':
      return isScalar(fact) ? items.includes(fact) : undefined;
    case 'notIn':
      return isScalar(fact) ? !items.includes(fact) : undefined;
    case 'contains':
      return Array.isArray(fact) ? has(value) : undefined;
    case 'doesNotContain':
      return Array.isArray(fact) ? !has(value) : undefined;
    case 'containsAny':
      return Array.isArray(fact) ? items.some(has) : undefined;
    case 'doesNotContainAny':
      return Array.isArray(fact) ? !items.some(has) : undefined;
  }

  return ordered(operator, fact, value);
}

/** Numbers and whole days compare in order; anything else is unknown. */
function ordered(operator: string, fact: unknown, value: unknown): Truth {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const numbers = typeof fact === 'number' && typeof value === 'number';
  const days =
    typeof fact === 'string' &&
    typeof value === 'string' &&
    day.test(fact) &&
    day.test(value);
  if (!(NUMERIC.includes(operator) ? numbers : days)) return undefined;

  const a = fact as number | string;
  const b = value as number | string;
  switch (operator) {
    case 'lessThan':
    case 'dateBefore':
      return a < b;
    case 'lessThanInclusive':
    case 'dateOnOrBefore':
      return a <= b;
    case 'greaterThan':
    case 'dateAfter':
      return a > b;
    default:
      return a >= b;
  }
}

/** What the model reads for a comparison: the fact by its `k`, the path. */
function readLeaf(leaf: FactCondition, readings: Readings): unknown {
  const k = typeof leaf.params?.k === 'number' ? leaf.params.k : 0;
  const fact = readings[leaf.fact]?.[k];
  if (leaf.path === undefined || fact === undefined) return fact;

  const key = leaf.path.slice(2);
  return typeof fact === 'object' && fact !== null && Object.hasOwn(fact, key)
    ? (fact as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The truth of a condition on a subject, by Kleene's logic.
 *
 * @param condition - A comparison, or `all`, `any` or `not` over others.
 * @param readings - The subject's fact values.
 * @returns `true`, `false`, or `undefined` when unknown.
 */
export function modelTruth(condition: Condition, readings: Readings): Truth {
  if ('fact' in condition) {
    const fact = readLeaf(condition, readings);
    return compareLeaf(condition.operator, fact, condition.value);
  }
  if ('not' in condition) {
    const inner = modelTruth(condition.not, readings);
    return inner === undefined ? undefined : !inner;
  }

  const all = 'all' in condition;
  const items = all ? condition.all : (condition as { any: Condition[] }).any;
  if (items.length === 0) return true;
  const truths = items.map((item) => modelTruth(item, readings));
  if (truths.includes(!all)) return !all;

  return truths.includes(undefined) ? undefined : all;
}
