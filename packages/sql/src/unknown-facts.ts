import {
  type Condition,
  priorityOf,
  type TopLevelCondition,
} from '@duibiao/core';

import {
  type CompileConditionOptions,
  known,
  readLeaf,
} from './compile-condition.js';
import { duckdb } from './dialect.js';

/**
 * The most facts one number can name: two bits each (unknown, a range),
 * within the integers a JavaScript number holds exactly.
 */
const MOST_FACTS = 26;

/** The facts of a rule that SQL can name as unknown, and how. */
export interface UnknownFactsSql {
  /**
   * An integer: for the rule's i-th fact (in {@link UnknownFactsSql.facts}),
   * bit 2i set when the fact was read and unknown, bit 2i + 1 too when it
   * is known only as a range of numbers. Read it with
   * {@link readUnknownFacts}.
   */
  readonly sql: string;
  /** The facts the bits stand for, in order. */
  readonly facts: readonly string[];
}

/**
 * The facts an unknown outcome of a rule was unknown on, as the in-process
 * engine records them: in its second pass (unknown comparisons answered
 * against the rule) it reads every leaf of a rule whose groups each hold
 * one priority set, and records each fact read whose value is missing or
 * a range of numbers. The in-process engine counts the blank fields
 * behind those facts; with them from SQL it need not evaluate the rule.
 * An integer rather than text, since a province has tens of millions of
 * unknown outcomes to hand over.
 *
 * @param ruleId - The rule's id, for errors.
 * @param condition - The rule's resolved conditions.
 * @param options - The columns and dialect, as {@link compileCondition} has them.
 * @returns The SQL and the facts it names; `undefined` for a rule with
 * priorities, whose second pass may stop before a leaf, or with more
 * facts than one number can name.
 */
export function compileUnknownFacts(
  ruleId: string,
  condition: TopLevelCondition | Condition,
  options: CompileConditionOptions,
): UnknownFactsSql | undefined {
  const dialect = options.dialect ?? duckdb;
  const prefix =
    options.table === undefined ? '' : `${dialect.identifier(options.table)}.`;
  const leaves: Condition[] = [];
  if (!collectLeaves(condition as Condition, leaves)) return undefined;

  const byFact = new Map<string, { missing: string[]; range?: string }>();
  for (const leaf of leaves) {
    if (!('fact' in leaf)) continue;
    const read = known(
      readLeaf(ruleId, leaf, options, dialect, prefix),
      dialect,
    );
    const entry = byFact.get(leaf.fact) ?? { missing: [] };
    const none = read.none === undefined ? '' : ` AND ${read.none} IS NOT TRUE`;
    entry.missing.push(`(${read.sql} IS NULL${none})`);
    if (read.range)
      entry.range = `${read.range.min} IS NOT NULL AND ${read.range.max} IS NOT NULL`;
    byFact.set(leaf.fact, entry);
  }
  if (byFact.size > MOST_FACTS) return undefined;
  if (byFact.size === 0) return { sql: '0', facts: [] };

  const bits = [...byFact.values()].map(({ missing, range }, i) => {
    const when = missing.join(' OR ');
    const unknown = dialect.number(2 ** (2 * i));
    const ranged = dialect.number(2 ** (2 * i) * 3);
    return range === undefined
      ? `(CASE WHEN ${when} THEN ${unknown} ELSE 0 END)`
      : `(CASE WHEN (${when}) AND ${range} THEN ${ranged} WHEN ${when} THEN ${unknown} ELSE 0 END)`;
  });

  return {
    sql: `CAST(${bits.join(' + ')} AS ${dialect.typeOf('number')})`,
    facts: [...byFact.keys()],
  };
}

/**
 * Whether every group under a condition holds one priority set (so the
 * second pass reads every leaf); the leaves in reading order.
 */
function collectLeaves(condition: Condition, leaves: Condition[]): boolean {
  if ('fact' in condition) {
    leaves.push(condition);
    return true;
  }
  if ('not' in condition) return collectLeaves(condition.not, leaves);
  const children =
    'all' in condition
      ? condition.all
      : 'any' in condition
        ? condition.any
        : [];
  if (children.length > 1) {
    const sets = new Set(children.map(priorityOf));
    if (sets.size > 1) return false;
  }

  return children.every((child) => collectLeaves(child, leaves));
}

/**
 * The facts an integer of {@link UnknownFactsSql.sql} names.
 *
 * @param bits - The integer, as the engine returned it.
 * @param facts - {@link UnknownFactsSql.facts}.
 * @returns The facts, and those among them known only as a range.
 */
export function readUnknownFacts(
  bits: number,
  facts: readonly string[],
): {
  /** The facts named unknown. */
  facts: string[];
  /** Those of them known only to lie in a range of numbers. */
  ranges: string[];
} {
  const named: string[] = [];
  const ranges: string[] = [];
  facts.forEach((fact, i) => {
    const two = Math.floor(bits / 2 ** (2 * i)) % 4;
    if (two === 0) return;
    named.push(fact);
    if (two === 3) ranges.push(fact);
  });

  return { facts: named, ranges };
}
