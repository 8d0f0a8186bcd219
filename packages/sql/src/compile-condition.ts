import {
  type Condition,
  type FactCondition,
  isParameterReference,
  type JsonValue,
  OPERATORS,
  type TopLevelCondition,
} from '@duibiao/core';

import type { FactColumns, SqlColumnType } from './column-types.js';
import { SqlCompileError } from './compile-error.js';
import { type SqlDialect, duckdb } from './dialect.js';
import { compileDated } from './dated.js';

/** Options of {@link compileCondition}. */
export interface CompileConditionOptions {
  /** The table's columns, one per fact, by fact name. */
  columns: FactColumns;
  /** The SQL dialect; DuckDB when absent. */
  dialect?: SqlDialect;
  /** The table or alias whose columns are read; none when absent. */
  table?: string;
  /**
   * Facts with more columns than their value: `none` when the fact can be
   * known to have no value (a column `fact:none`, TRUE then), `range` when
   * a number may be known only to lie in a range (`fact:min`, `fact:max`).
   */
  shapes?: Readonly<Record<string, FactShape>>;
}

/** The columns a fact has besides its value; see {@link CompileConditionOptions.shapes}. */
export interface FactShape {
  /** A `fact:none` column says the fact is known to have no value. */
  readonly none?: boolean;
  /** `fact:min` and `fact:max` columns hold the range a number lies in. */
  readonly range?: boolean;
}

/**
 * Compiles a rule's resolved condition tree (parameters already replaced by
 * their values, shared conditions already expanded) to one SQL boolean
 * expression that is TRUE, FALSE or NULL exactly when duibiao finds the
 * condition true, false or unknown on the row.
 *
 * @param ruleId - The rule's id, for errors.
 * @param condition - The rule's conditions.
 * @param options - The columns and dialect.
 * @returns The SQL expression, in parentheses.
 * @throws {@link SqlCompileError} for a condition with no SQL form here.
 */
export function compileCondition(
  ruleId: string,
  condition: TopLevelCondition | Condition,
  options: CompileConditionOptions,
): string {
  const dialect = options.dialect ?? duckdb;
  const prefix =
    options.table === undefined ? '' : `${dialect.identifier(options.table)}.`;
  const node = (c: Condition): string => {
    if ('fact' in c) return compileLeaf(ruleId, c, options, dialect, prefix);
    if ('not' in c) return `(NOT ${node(c.not)})`;
    if ('all' in c) return group(c.all, 'AND');
    if ('any' in c) return group(c.any, 'OR');
    throw new SqlCompileError(
      ruleId,
      `shared condition ${JSON.stringify((c as { condition?: unknown }).condition)} must be expanded before compiling`,
    );
  };
  // An empty group is refused when rules load; json-rules-engine and the
  // in-process engine count it true.
  const group = (items: Condition[], joiner: string) =>
    items.length === 0 ? 'TRUE' : `(${items.map(node).join(` ${joiner} `)})`;

  return node(condition as Condition);
}

/** A fact's column read as duibiao reads the fact: its SQL and type. */
export interface Read {
  sql: string;
  type: SqlColumnType;
  /** TRUE when the fact is known to have no value (JSON null). */
  none?: string;
  /** The smallest and largest number the fact may be. */
  range?: { min: string; max: string };
}

function compileLeaf(
  ruleId: string,
  leaf: FactCondition,
  options: CompileConditionOptions,
  dialect: SqlDialect,
  prefix: string,
): string {
  const fail = (reason: string) =>
    new SqlCompileError(ruleId, reason, {
      fact: leaf.fact,
      operator: leaf.operator,
    });

  return compare(
    leaf.operator,
    known(readLeaf(ruleId, leaf, options, dialect, prefix), dialect),
    leaf.value as JsonValue,
    dialect,
    fail,
  );
}

/**
 * The fact a leaf compares, read from its column (and into its path):
 * the SQL, type and shape of what the leaf's operator is given.
 *
 * @throws {@link SqlCompileError} for a leaf with no SQL form.
 */
export function readLeaf(
  ruleId: string,
  leaf: FactCondition,
  options: CompileConditionOptions,
  dialect: SqlDialect,
  prefix: string,
): Read {
  const { columns } = options;
  const { fact, operator } = leaf;
  const fail = (reason: string) =>
    new SqlCompileError(ruleId, reason, { fact, operator });
  if (!Object.hasOwn(OPERATORS, operator))
    throw fail('the operator has no SQL form');
  if (leaf.params !== undefined && Object.keys(leaf.params).length > 0)
    throw fail('facts with params have no column yet');
  if (isParameterReference(leaf.value))
    throw fail('parameters must be resolved before compiling');
  const type = Object.hasOwn(columns, fact) ? columns[fact] : undefined;
  if (type === undefined) throw fail('the fact has no column');

  const column = (suffix: string) => prefix + dialect.identifier(fact + suffix);
  const shape = options.shapes?.[fact];
  const read: Read = {
    sql: column(''),
    type,
    ...(shape?.none ? { none: column(':none') } : {}),
    ...(shape?.range
      ? { range: { min: column(':min'), max: column(':max') } }
      : {}),
  };
  if (leaf.path === undefined) return read;
  if (shape?.none || shape?.range)
    throw fail('a path into a fact that can be none or a range');

  return readPath(read, leaf.path, dialect, fail);
}

function readPath(
  read: Read,
  path: string,
  dialect: SqlDialect,
  fail: (reason: string) => SqlCompileError,
): Read {
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path))
    throw fail(`path ${path} is not a chain of plain fields ($.a.b)`);
  let current = read;
  for (const name of path.slice(2).split('.')) {
    const { type } = current;
    const field =
      typeof type === 'object' &&
      'struct' in type &&
      Object.hasOwn(type.struct, name)
        ? type.struct[name]
        : undefined;
    if (field === undefined)
      throw fail(`path ${path}: the column has no field ${name}`);
    current = { sql: dialect.field(current.sql, name, field), type: field };
  }

  return current;
}

/** The column with blank text made NULL: blank is unknown to duibiao. */
export function known(read: Read, dialect: SqlDialect): Read {
  if (read.type !== 'text' && read.type !== 'date') return read;

  return {
    ...read,
    sql: `(CASE WHEN ${dialect.blank(read.sql)} THEN NULL ELSE ${read.sql} END)`,
  };
}

/** A known JSON scalar as a literal of the column's type, if it is one. */
function literalOf(
  type: SqlColumnType | 'number' | 'text',
  value: unknown,
  dialect: SqlDialect,
): string | undefined {
  if (typeof value === 'number' && type === 'number' && Number.isFinite(value))
    return dialect.number(value);
  if (typeof value === 'string' && (type === 'text' || type === 'date'))
    return dialect.text(value);
  if (typeof value === 'boolean' && type === 'boolean')
    return value ? 'TRUE' : 'FALSE';

  return undefined;
}

const isScalar = (x: unknown) =>
  x === null || ['string', 'number', 'boolean'].includes(typeof x);

/**
 * A constant answer for a known fact, NULL for an unknown one: a value of
 * another type than the column's is never equal to the fact.
 */
const whenKnown = (read: Read, answer: 'TRUE' | 'FALSE') =>
  `(CASE WHEN ${read.sql} IS NULL THEN NULL ELSE ${answer} END)`;

function compare(
  operator: string,
  read: Read,
  value: JsonValue,
  dialect: SqlDialect,
  fail: (reason: string) => SqlCompileError,
): string {
  const test = compareValue(operator, read, value, dialect, fail);
  if (read.none === undefined) return test;
  // A fact known to be none is JSON null: equal to null, in a list that
  // holds null, and unknown to every other operator (its value column is
  // NULL then, which the test already answers so).
  const matched =
    operator === 'equal' || operator === 'notEqual'
      ? value === null
      : operator === 'in' || operator === 'notIn'
        ? Array.isArray(value) && value.includes(null)
        : undefined;
  if (matched === undefined) return test;
  const negated = operator === 'notEqual' || operator === 'notIn';
  const answer = matched !== negated ? 'TRUE' : 'FALSE';

  return `(CASE WHEN ${read.none} THEN ${answer} ELSE ${test} END)`;
}

function compareValue(
  operator: string,
  read: Read,
  value: JsonValue,
  dialect: SqlDialect,
  fail: (reason: string) => SqlCompileError,
): string {
  const { type, sql } = read;
  const scalarColumn = typeof type === 'string';
  const element =
    typeof type === 'object' && 'list' in type ? type.list : undefined;
  const literals = (items: JsonValue, as: SqlColumnType) =>
    Array.isArray(items)
      ? [
          ...new Set(
            items.flatMap((item) => literalOf(as, item, dialect) ?? []),
          ),
        ]
      : undefined;

  switch (operator) {
    case 'equal':
    case 'notEqual': {
      // A list or object compared with a scalar fact is never equal to it.
      if (!scalarColumn) return dialect.unknown;
      const literal = isScalar(value)
        ? literalOf(type, value, dialect)
        : undefined;
      const negated = operator === 'notEqual';
      if (literal === undefined)
        return whenKnown(read, negated ? 'TRUE' : 'FALSE');
      return `(${sql} ${negated ? '<>' : '='} ${literal})`;
    }
    case 'in':
    case 'notIn': {
      const items = scalarColumn ? literals(value, type) : undefined;
      if (items === undefined) return dialect.unknown;
      const negated = operator === 'notIn';
      // JSON null and values of other types in the list never match, and
      // are left out, so that SQL's `NOT IN (…, NULL)` never arises.
      if (items.length === 0)
        return whenKnown(read, negated ? 'TRUE' : 'FALSE');
      return `(${sql} ${negated ? 'NOT IN' : 'IN'} (${items.join(', ')}))`;
    }
    case 'contains':
    case 'doesNotContain': {
      if (element === undefined || !isScalar(value)) return dialect.unknown;
      const literal = literalOf(element, value, dialect);
      const negated = operator === 'doesNotContain';
      if (literal === undefined)
        return whenKnown(read, negated ? 'TRUE' : 'FALSE');
      const test = dialect.listContains(sql, literal);
      return negated ? `(NOT ${test})` : test;
    }
    case 'containsAny':
    case 'doesNotContainAny': {
      const items =
        element === undefined ? undefined : literals(value, element);
      if (items === undefined) return dialect.unknown;
      const negated = operator === 'doesNotContainAny';
      if (items.length === 0)
        return whenKnown(read, negated ? 'TRUE' : 'FALSE');
      const test = dialect.listHasAny(sql, items);
      return negated ? `(NOT ${test})` : test;
    }
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive': {
      // A fact of another type, or a bound that is no number, is unknown.
      const literal = literalOf('number', value, dialect);
      if (type !== 'number' || literal === undefined) return dialect.unknown;
      const op = NUMERIC_SQL[operator] as string;
      if (read.range === undefined) return `(${sql} ${op} ${literal})`;
      // A range is true when all of it passes, false when none of it does.
      const { min, max } = read.range;
      const [all, none] = op.startsWith('<')
        ? [`${max} ${op} ${literal}`, `${min} ${op} ${literal}`]
        : [`${min} ${op} ${literal}`, `${max} ${op} ${literal}`];
      return `(CASE WHEN ${min} IS NULL OR ${max} IS NULL THEN NULL WHEN ${all} THEN TRUE WHEN NOT (${none}) THEN FALSE END)`;
    }
  }
  const dated = compileDated(operator, read, value, dialect);
  if (dated === undefined) throw fail('the operator has no SQL form');

  return dated;
}

const NUMERIC_SQL: Record<string, string> = {
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
};
