import {
  compileRule,
  type Condition,
  type FactCondition,
  type FactContext,
  FactSlots,
  type Household,
  type JsonValue,
  type LoadedFact,
  type LoadedRule,
  OPERATORS,
  ReferenceEvaluator,
  RegionTable,
  type RuleDefinition,
  type RuleOutcome,
  type RuleSet,
  type Subject,
  SubjectFacts,
  type TopLevelCondition,
} from '@duibiao/core';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Generators and the two-path runner of compiled-evaluator.property.test.ts:
 * values of every kind, condition trees, subjects, and a comparison of the
 * reference and compiled outcomes that tallies what it saw.
 */

/** A fact value that makes the fact throw when read. */
export const THROW = Symbol('throw');

/** A fact that rules read but the subject's kind does not define. */
export const GHOST = 'ghost';

/**
 * A generated subject: each fact's values by the `k` param of the
 * condition that reads it (0 when there is none). A fact left out is
 * unknown whatever the params.
 */
export type Readings = Partial<Record<string, readonly unknown[]>>;

export const readings = new WeakMap<Subject, Readings>();

export function defineFact(name: string): LoadedFact {
  return {
    name,
    subject: 'household',
    type: 'object',
    description: `Generated fact ${name}.`,
    inputs: [],
    source: 'generated',
    compute(subject, _context, params) {
      const k = typeof params.k === 'number' ? params.k : 0;
      const value = readings.get(subject as Subject)?.[name]?.[k];
      if (value === THROW) throw new Error(`fact ${name} fails`);

      return value;
    },
  };
}

export const context: FactContext = {
  asOf: '2020-09-30',
  hasTable: () => true,
  hasAllMembers: () => true,
  param: () => undefined,
  index: { membersWithId: () => 0, householdsWithId: () => [] },
  regions: new RegionTable(),
  lists: {
    has: () => false,
    complete: () => true,
    provided: () => false,
    byId: () => [],
    byHousehold: () => [],
    all: () => [],
  },
};

// Values ---------------------------------------------------------------

export const pad = (n: number) => String(n).padStart(2, '0');

/** Days from a short stretch of time, so that comparisons go both ways. */
export const day = fc
  .tuple(
    fc.integer({ min: 2019, max: 2021 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, 28))}`);

/** Days and months, some of them not real (2021-02-30, 2020-13). */
export const date = fc.oneof(
  day,
  fc
    .tuple(
      fc.integer({ min: 2019, max: 2021 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 29, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .tuple(
      fc.integer({ min: 2019, max: 2021 }),
      fc.integer({ min: 0, max: 13 }),
    )
    .map(([y, m]) => `${y}-${pad(m)}`),
);

export const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 2, 5, 18, 60, -1, -3.5, 0.5),
  fc.integer({ min: -10, max: 70 }),
  fc.double({ noNaN: true, min: -100, max: 100 }),
);

export const word = fc.oneof(
  fc.constantFrom('', 'x', 'y', '是', '否'),
  fc.string({ maxLength: 2 }),
);

export const scalar: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom(null, true, false),
  number,
  word,
  date,
);

/** A number range, sometimes degenerate (`min` = `max`: then no range). */
export const range = fc
  .tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: 0, max: 10 }))
  .map(([min, width]) => ({ min, max: min + width }));

export const scalars = fc.array(scalar, { maxLength: 4 });

/** Anything a fact may return: scalars, ranges, lists, nested objects. */
export const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    scalar,
    range,
    scalars,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record(
      { a: tie('value'), b: tie('value'), c: scalar, list: scalars },
      { requiredKeys: [] },
    ),
  ),
}));

/** A fact's values for params k = 0, 1, 2: some unknown, a few throwing. */
export function variants(value: fc.Arbitrary<unknown>) {
  const one = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.constant(THROW), weight: 1 },
    { arbitrary: value, weight: 40 },
  );

  return fc.array(one, { minLength: 3, maxLength: 3 });
}

// Conditions -----------------------------------------------------------

/** What a leaf reads: the fact, a path into it, the operators to use. */
export interface Reading {
  fact: string;
  path?: string;
  operators: readonly string[];
}

export const OPERATOR_NAMES = Object.keys(OPERATORS);
export const EQUALITY = ['equal', 'notEqual', 'in', 'notIn'];
export const NUMERIC = [
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];
export const DATED = [
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
];
export const LISTED = [
  'contains',
  'doesNotContain',
  'containsAny',
  'doesNotContainAny',
];

export const priority = fc.option(fc.integer({ min: 1, max: 3 }), {
  freq: 2,
  nil: undefined,
});

export const params = fc.option(
  fc.oneof(
    fc.constant({}),
    fc.record({ k: fc.constantFrom(0, 1, 2) }),
    fc.record({ k: fc.constantFrom(1, 2), z: fc.constantFrom('u', 'v') }),
  ),
  { freq: 2, nil: undefined },
);

/**
 * A comparison: one of the readings, one of its operators, and a value
 * from `operand` (a value of the operator's kind, or anything).
 */
export function leafOf(
  reading: fc.Arbitrary<Reading>,
  operand: (operator: string) => fc.Arbitrary<JsonValue>,
): fc.Arbitrary<Condition> {
  return fc
    .record({ reading, params, priority, pick: fc.nat() })
    .chain(({ reading: { fact, path, operators }, pick, ...rest }) => {
      const operator = operators[pick % operators.length] as string;
      return operand(operator).map((value) =>
        withoutUndefined({ fact, path, operator, value, ...rest }),
      );
    });
}

/** Trees of all, any and not over leaves, priorities on any node. */
export function treeOf(leaf: fc.Arbitrary<Condition>) {
  const { node } = fc.letrec<{
    node: Condition;
    all: Condition;
    any: Condition;
    not: Condition;
  }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 6, depthSize: 'medium', withCrossShrink: true },
      leaf,
      tie('all'),
      tie('any'),
      tie('not'),
    ),
    all: group('all', tie('node')),
    any: group('any', tie('node')),
    not: fc
      .tuple(tie('node'), priority)
      .map(([not, p]) => withoutUndefined({ not, priority: p })),
  }));

  const top = fc.oneof(
    ...(['all', 'any'] as const).map((kind) =>
      fc
        .array(node, { minLength: 1, maxLength: 4 })
        .map((items) => ({ [kind]: items }) as unknown as TopLevelCondition),
    ),
    node.map((not) => ({ not }) as TopLevelCondition),
  );

  return top.filter((condition) => depth(condition) >= 2);
}

export function group(
  kind: 'all' | 'any',
  child: fc.Arbitrary<Condition>,
): fc.Arbitrary<Condition> {
  // An empty group is refused by the loader but is true to both paths.
  const items = fc.oneof(
    { arbitrary: fc.array(child, { minLength: 1, maxLength: 4 }), weight: 30 },
    { arbitrary: fc.constant([]), weight: 1 },
  );

  return fc
    .tuple(items, priority)
    .map(([list, p]) => withoutUndefined({ [kind]: list, priority: p }));
}

/** Drops keys left `undefined` by fc.option: no key, as in JSON. */
export function withoutUndefined(record: Record<string, unknown>): Condition {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as unknown as Condition;
}

export function children(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all;
  if ('any' in condition) return condition.any;
  if ('not' in condition) return [condition.not];

  return [];
}

export function depth(condition: Condition | TopLevelCondition): number {
  return 1 + Math.max(0, ...children(condition as Condition).map(depth));
}

export function leaves(condition: Condition): FactCondition[] {
  if ('fact' in condition) return [condition];

  return children(condition).flatMap(leaves);
}

// Running both paths ---------------------------------------------------

export function loadedRule(
  id: string,
  conditions: TopLevelCondition,
): LoadedRule {
  return {
    definition: { id, subject: 'household', conditions } as RuleDefinition,
    source: 'generated',
    regions: [],
    conditions,
    facts: [...new Set(leaves(conditions as Condition).map((c) => c.fact))],
    parameters: [],
    messageParameters: [],
  };
}

export function ruleSetOf(
  rules: LoadedRule[],
  facts: ReadonlyMap<string, LoadedFact>,
): RuleSet {
  return {
    asOf: '2020-09-30',
    plugins: [],
    rules,
    skipped: [],
    disabled: [],
    facts: new Map([['household', facts]]),
    parameters: new Map(),
    parameterValues: new Map(),
    regions: new RegionTable(),
  };
}

export function subjectOf(values: Readings): Subject {
  const subject: Subject = {
    kind: 'household',
    household: { householdId: 'H' } as Household,
    members: [],
    village: undefined,
  };
  readings.set(subject, values);

  return subject;
}

/** An outcome as compared: errors by kind only, unknown facts sorted. */
export function comparable(outcome: RuleOutcome | undefined): unknown {
  if (outcome?.result === 'error') return { result: 'error' };
  if (outcome?.result === 'unknown')
    return { result: 'unknown', facts: [...outcome.facts].sort() };

  return outcome;
}

/** What the runs reached: outcomes, deep trees, operators. */
export type Tally = Record<RuleOutcome['result'] | 'deep', number> & {
  operators: Set<string>;
};

/**
 * Runs the rules on each subject both ways, the reference with one
 * evaluator for all subjects (as a check does), the compiled with
 * separate fact values so that neither path sees the other's cache.
 */
export async function compare(
  tops: readonly TopLevelCondition[],
  subjects: readonly Readings[],
  facts: ReadonlyMap<string, LoadedFact>,
  tally: Tally,
): Promise<void> {
  const rules = tops.map((c, i) => loadedRule(`g/r${i}`, c));
  const reference = new ReferenceEvaluator(ruleSetOf(rules, facts));
  const slots = new FactSlots(facts);
  const compiled = rules.map((rule) => compileRule(rule, slots));
  if (tops.some((c) => depth(c) >= 4)) tally.deep += 1;
  for (const leaf of tops.flatMap((c) => leaves(c as Condition)))
    tally.operators.add(leaf.operator);

  for (const values of subjects) {
    const subject = subjectOf(values);
    const expected = await reference.evaluate(
      new SubjectFacts(subject, facts, context),
    );
    const own = new SubjectFacts(subject, facts, context, slots);
    for (const { rule, evaluate } of compiled) {
      const id = rule.definition.id;
      const actual = evaluate(own);
      tally[actual.result] += 1;
      expect(comparable(actual), id).toEqual(comparable(expected.get(id)));
    }
  }
}

export function emptyTally(): Tally {
  const operators = new Set<string>();

  return { deep: 0, fired: 0, passed: 0, unknown: 0, error: 0, operators };
}
