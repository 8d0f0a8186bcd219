import { compareDates, isCalendarDate } from '../values/calendar-date.js';
import { testNumber } from '../values/number-range.js';

/**
 * A three-valued comparison: `true`, `false`, or `undefined` when the fact
 * value is unknown (or of a type the operator does not compare).
 */
export type Operator = (
  factValue: unknown,
  value: unknown,
) => boolean | undefined;

/**
 * What kind of value an operator expects on its right-hand side: `scalar`
 * is one string, number, boolean or `null` (a list there would make
 * `notEqual` true of every value, and `contains` unknown of every list).
 */
export type OperandKind = 'any' | 'scalar' | 'number' | 'date' | 'array';

/** An operator with the kind of value it compares with. */
export interface OperatorSpec {
  /** The comparison. */
  evaluate: Operator;
  /** The kind of value it compares with, checked when a rule loads. */
  operand: OperandKind;
}

const number = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x);

const scalar = (x: unknown) =>
  x !== undefined && !Array.isArray(x) && (typeof x !== 'object' || x === null);

function numeric(test: (a: number, b: number) => boolean): OperatorSpec {
  return {
    operand: 'number',
    evaluate: (a, b) =>
      number(b) ? testNumber(a, (x) => test(x, b)) : undefined,
  };
}

function dated(test: (order: -1 | 0 | 1) => boolean): OperatorSpec {
  return {
    operand: 'date',
    evaluate(a, b) {
      if (!isCalendarDate(a) || !isCalendarDate(b)) return undefined;
      const order = compareDates(a, b);

      return order === undefined ? undefined : test(order);
    },
  };
}

function listed(
  test: (list: unknown[], item: unknown) => boolean,
): OperatorSpec {
  return {
    operand: 'scalar',
    evaluate: (a, b) =>
      Array.isArray(a) && scalar(b) ? test(a, b) : undefined,
  };
}

function among(
  test: (list: unknown[], items: unknown[]) => boolean,
): OperatorSpec {
  return {
    operand: 'array',
    evaluate: (a, b) =>
      Array.isArray(a) && Array.isArray(b) ? test(a, b) : undefined,
  };
}

/**
 * duibiao's operators. Every one is strict and three-valued: an unknown
 * (`undefined`) fact value gives an unknown result, even under a negated
 * operator such as `notEqual` or `doesNotContain`; so does a value of the
 * wrong type (a string to `lessThan`, a list to `equal`). Numbers are never
 * coerced from strings. `null` is a known "none" and compares as a value.
 *
 * | operator | true when |
 * |---|---|
 * | `equal`, `notEqual` | the scalar fact is (not) identical to the value |
 * | `in`, `notIn` | the scalar fact is (not) one of the array value |
 * | `contains`, `doesNotContain` | the list fact does (not) hold the value |
 * | `containsAny`, `doesNotContainAny` | the list fact holds some (none) of the array value |
 * | `lessThan`, `lessThanInclusive`, `greaterThan`, `greaterThanInclusive` | numbers compare so; a fact that is a range `{ min, max }` is true when all of it passes, false when none does, else unknown |
 * | `dateBefore`, `dateOnOrBefore`, `dateAfter`, `dateOnOrAfter` | calendar dates compare so; a month overlapping a day is unknown |
 */
export const OPERATORS: Readonly<Record<string, OperatorSpec>> = {
  equal: {
    operand: 'scalar',
    evaluate: (a, b) => (scalar(a) ? a === b : undefined),
  },
  notEqual: {
    operand: 'scalar',
    evaluate: (a, b) => (scalar(a) ? a !== b : undefined),
  },
  in: {
    operand: 'array',
    evaluate: (a, b) =>
      scalar(a) && Array.isArray(b) ? b.includes(a) : undefined,
  },
  notIn: {
    operand: 'array',
    evaluate: (a, b) =>
      scalar(a) && Array.isArray(b) ? !b.includes(a) : undefined,
  },
  contains: listed((list, item) => list.includes(item)),
  doesNotContain: listed((list, item) => !list.includes(item)),
  containsAny: among((list, items) =>
    items.some((item) => list.includes(item)),
  ),
  doesNotContainAny: among(
    (list, items) => !items.some((item) => list.includes(item)),
  ),
  lessThan: numeric((a, b) => a < b),
  lessThanInclusive: numeric((a, b) => a <= b),
  greaterThan: numeric((a, b) => a > b),
  greaterThanInclusive: numeric((a, b) => a >= b),
  dateBefore: dated((order) => order < 0),
  dateOnOrBefore: dated((order) => order <= 0),
  dateAfter: dated((order) => order > 0),
  dateOnOrAfter: dated((order) => order >= 0),
};

/** The names of duibiao's operators, in the order of the table above. */
export const OPERATOR_NAMES = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'containsAny',
  'doesNotContainAny',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
] as const;

/** The name of one of duibiao's operators. */
export type OperatorName = (typeof OPERATOR_NAMES)[number];
