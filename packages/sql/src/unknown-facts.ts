import type { Condition, TopLevelCondition } from '@duibiao/core';

import {
  type CompileConditionOptions,
  known,
  readLeaf,
} from './compile-condition.js';
import { duckdb } from './dialect.js';

/** What {@link compileUnknownFacts}'s SQL puts after a fact known only as a range. */
const RANGE = ':range';

/**
 * The facts an unknown outcome of a rule was unknown on, as the in-process
 * engine records them: in its second pass (unknown comparisons answered
 * against the rule) it reads every leaf of a rule whose groups each hold
 * one priority set, and records each fact read whose value is missing or
 * a range of numbers. The in-process engine counts the blank fields
 * behind those facts; with them from SQL it need not evaluate the rule.
 *
 * @param ruleId - The rule's id, for errors.
 * @param condition - The rule's resolved conditions.
 * @param options - The columns and dialect, as {@link compileCondition} has them.
 * @returns A SQL text of the facts, comma-separated, a range's with
 * `:range` after it (read it with {@link readUnknownFacts}); `undefined`
 * for a rule with priorities, whose second pass may stop before a leaf.
 */
export function compileUnknownFacts(
  ruleId: string,
  condition: TopLevelCondition | Condition,
  options: CompileConditionOptions,
): string | undefined {
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
  if (byFact.size === 0) return dialect.text('');

  const named = [...byFact].map(([fact, { missing, range }]) => {
    const when = missing.join(' OR ');
    const plain = `WHEN ${when} THEN ${dialect.text(fact)}`;
    return range === undefined
      ? `CASE ${plain} END`
      : `CASE WHEN (${when}) AND ${range} THEN ${dialect.text(fact + RANGE)} ${plain} END`;
  });

  return `concat_ws(${dialect.text(',')}, ${named.join(', ')})`;
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
    const sets = new Set(
      children.map((child) => Math.trunc(Number(child.priority)) || 1),
    );
    if (sets.size > 1) return false;
  }

  return children.every((child) => collectLeaves(child, leaves));
}

/**
 * The facts in a text {@link compileUnknownFacts}'s SQL gave.
 *
 * @param text - The text, as the engine returned it.
 * @returns The facts, and those among them known only as a range.
 */
export function readUnknownFacts(text: string): {
  facts: string[];
  ranges: string[];
} {
  const facts: string[] = [];
  const ranges: string[] = [];
  for (const item of text.split(',')) {
    if (item === '') continue;
    if (item.endsWith(RANGE)) {
      const fact = item.slice(0, -RANGE.length);
      facts.push(fact);
      ranges.push(fact);
    } else facts.push(item);
  }

  return { facts, ranges };
}
