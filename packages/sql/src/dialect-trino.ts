import type { SqlColumnType } from './column-types.js';
import {
  type DatePartsSql,
  decimalScale,
  wholeMonths,
} from './date-functions.js';
import { JS_WHITESPACE, type SqlDialect } from './dialect.js';
import { javaFullMatch } from './java-pattern.js';
import {
  enginePattern,
  plainReplacement,
  UNICODE_ESCAPE,
} from './js-pattern.js';

/** A Trino string literal: a quote is doubled; a backslash is no escape. */
const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * JavaScript's whitespace as one Trino Unicode literal (`U&'…'`), each
 * character but the space written as a `\XXXX` escape, so that the SQL
 * shows which they are.
 */
const WHITESPACE = `U&'${[...JS_WHITESPACE]
  .map((c) =>
    c === ' '
      ? c
      : `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  .join('')}'`;

/**
 * The column type's SQL name in Trino, for `CREATE TABLE`: numbers are
 * `DOUBLE`, text and ISO dates `VARCHAR`, lists `ARRAY(…)` and structs
 * `ROW(…)` with their fields' names quoted.
 *
 * @param type - A column type.
 * @returns The type's name, such as `ARRAY(VARCHAR)`.
 * @example
 * trinoTypeOf({ struct: { n: 'number' } }); // 'ROW("n" DOUBLE)'
 */
export function trinoTypeOf(type: SqlColumnType): string {
  if (type === 'number') return 'DOUBLE';
  if (type === 'text' || type === 'date') return 'VARCHAR';
  if (type === 'boolean') return 'BOOLEAN';
  if ('list' in type)
    return type.list === 'number' ? 'ARRAY(DOUBLE)' : 'ARRAY(VARCHAR)';

  const fields = Object.entries(type.struct).map(
    ([name, field]) => `${identifier(name)} ${trinoTypeOf(field)}`,
  );
  return `ROW(${fields.join(', ')})`;
}

/** An array of the items, in the engine's constructor. */
const arrayOf = (items: readonly string[]) => `ARRAY[${items.join(', ')}]`;

const fullMatch = (text: string, pattern: string) =>
  `regexp_like(${text}, ${quote(javaFullMatch(pattern))})`;

/**
 * Trino's `contains` and `arrays_overlap` answer NULL, not false, when the
 * item is missing and the array holds a NULL element; duibiao (and
 * DuckDB) find such an item missing. A NULL list stays unknown.
 */
const knownList = (list: string, test: string) =>
  `(CASE WHEN ${list} IS NULL THEN NULL ELSE coalesce(${test}, FALSE) END)`;

/**
 * A number rounded as JavaScript's `Math.round(x * 10 ** d) / 10 ** d`, in
 * DOUBLE arithmetic: a DECIMAL would be rounded, and divided, in decimal.
 */
const roundTo = (value: string, decimals: number) =>
  `(floor(CAST(${value} AS DOUBLE) * ${decimalScale(decimals)} + 0.5) / ${decimalScale(decimals)})`;

/**
 * Trino (and Starburst), for a province whose data platform queries its
 * lake and databases through Trino.
 *
 * Casts that may fail are `try_cast`, NULL for text that is no date or
 * number. Struct (ROW) fields are read as `(row).field`: `a.b` could name
 * column `b` of a table `a` as well as field `b` of column `a`.
 *
 * Trino folds identifiers to lower case, quoted or not: two facts whose
 * names differ only in case are one column to Trino.
 *
 * @example
 * compileCondition('r', { fact: 'income', operator: 'lessThan', value: 4000 },
 *   { columns: { income: 'number' }, dialect: trino });
 * // '("income" < CAST(\'4000\' AS DOUBLE))'
 */
export const trino: SqlDialect = {
  name: 'trino',
  identifier,
  field: (struct, name) => `(${struct}).${identifier(name)}`,
  text: quote,
  number: (value) => `CAST(${quote(String(value))} AS DOUBLE)`,
  unknown: 'CAST(NULL AS BOOLEAN)',
  // trim's first argument is a set of characters, as in SQL's TRIM.
  trimmed: (text) => `trim(BOTH ${WHITESPACE} FROM ${text})`,
  blank: (text) => `(trim(BOTH ${WHITESPACE} FROM ${text}) = '')`,
  matches: fullMatch,
  tryDate: (text) => `try_cast(${text} AS DATE)`,
  integerAt: (text, from, length) =>
    `try_cast(substr(${text}, ${from}, ${length}) AS INTEGER)`,
  listContains: (list, item) => knownList(list, `contains(${list}, ${item})`),
  listHasAny: (list, items) =>
    knownList(list, `arrays_overlap(${list}, ${arrayOf(items)})`),
  typeOf: trinoTypeOf,
  list: arrayOf,
  listOf: (value) => `array_agg(${value})`,
  functions: {
    day: (text) =>
      `(CASE WHEN ${fullMatch(text, '\\d{4}-\\d{2}-\\d{2}')} THEN try_cast(${text} AS DATE) END)`,
    // Whole years, as ageOn counts them: the birthday not yet reached this
    // year takes one off (29 February's birthday falls on 1 March).
    yearsBetween: (from, to) =>
      `(year(${to}) - year(${from}) - CASE WHEN month(${to}) * 100 + day(${to}) < month(${from}) * 100 + day(${from}) THEN 1 ELSE 0 END)`,
    includes: (text, part) => `(strpos(${text}, ${part}) > 0)`,
    round2: (value) => roundTo(value, 2),
    listContains: (list, item) => trino.listContains(list, item),
    listLength: (list) => `cardinality(${list})`,
    addDays: (date, days) =>
      `date_add('day', CAST(${days} AS BIGINT), ${date})`,
    daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
    lastDayOfMonth: (date) => `last_day_of_month(${date})`,
    monthsBetween: (from, to) => wholeMonths(TRINO_PARTS, from, to),
    dateText: (date) => `CAST(${date} AS VARCHAR)`,
    round: roundTo,
    joinText: (text, separator, order) =>
      `(CASE WHEN count(${text}) = 0 THEN NULL ELSE listagg(${text}, ${separator}) WITHIN GROUP (ORDER BY ${order}) END)`,
    matches: (text, pattern) =>
      `regexp_like(${text}, ${quote(`\\A(?:${javaPattern(pattern)})\\z`)})`,
    replaceMatches: (text, pattern, replacement) =>
      `regexp_replace(${text}, ${quote(javaPattern(pattern))}, ${quote(plainReplacement(replacement))})`,
    toNumber: (text) => `try_cast(${text} AS DOUBLE)`,
    trim: (text) => trino.trimmed(text),
  },
};

/** A JavaScript pattern in Java's syntax, whose `\z` is the text's end. */
const javaPattern = (pattern: string) =>
  enginePattern(pattern, UNICODE_ESCAPE, '\\z');

const TRINO_PARTS: DatePartsSql = {
  year: (date) => `year(${date})`,
  month: (date) => `month(${date})`,
  day: (date) => `day(${date})`,
  lastDayOfMonth: (date) => `last_day_of_month(${date})`,
};
