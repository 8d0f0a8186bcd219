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

/**
 * A Spark SQL string literal. Spark reads a backslash in a string literal
 * as an escape (`\n`, `\u3042`, and `\'` for a quote), so both the
 * backslash and the quote are escaped with one: Spark documents the
 * backslash, not a doubled quote, as the way to write a quote. Every other
 * character, line breaks included, stands for itself.
 */
const quote = (value: string) =>
  `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const identifier = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * JavaScript's whitespace as one Spark literal, each character but the
 * space written as a `\uXXXX` escape, so that the SQL shows which they are.
 */
const WHITESPACE = `'${[...JS_WHITESPACE]
  .map((c) =>
    c === ' '
      ? c
      : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  .join('')}'`;

/**
 * The column type's SQL name in Spark SQL, for `CREATE TABLE`: numbers are
 * `DOUBLE`, text and ISO dates `STRING`, lists `ARRAY<…>` and structs
 * `STRUCT<…>` with their fields' names quoted.
 *
 * @param type - A column type.
 * @returns The type's name, such as `ARRAY<STRING>`.
 * @example
 * sparkTypeOf({ struct: { n: 'number' } }); // 'STRUCT<`n`: DOUBLE>'
 */
export function sparkTypeOf(type: SqlColumnType): string {
  if (type === 'number') return 'DOUBLE';
  if (type === 'text' || type === 'date') return 'STRING';
  if (type === 'boolean') return 'BOOLEAN';
  if ('list' in type)
    return type.list === 'number' ? 'ARRAY<DOUBLE>' : 'ARRAY<STRING>';

  const fields = Object.entries(type.struct).map(
    ([name, field]) => `${identifier(name)}: ${sparkTypeOf(field)}`,
  );
  return `STRUCT<${fields.join(', ')}>`;
}

/** An array of the items, in the engine's constructor. */
const arrayOf = (items: readonly string[]) => `array(${items.join(', ')})`;

const fullMatch = (text: string, pattern: string) =>
  `rlike(${text}, ${quote(javaFullMatch(pattern))})`;

/**
 * Spark's `array_contains` and `arrays_overlap` answer NULL, not false,
 * when the item is missing and the array holds a NULL element; duibiao
 * (and DuckDB) find such an item missing. A NULL list stays unknown.
 */
const knownList = (list: string, test: string) =>
  `(CASE WHEN ${list} IS NULL THEN NULL ELSE coalesce(${test}, FALSE) END)`;

/**
 * A number rounded as JavaScript's `Math.round(x * 10 ** d) / 10 ** d`, in
 * DOUBLE arithmetic (a DECIMAL would be rounded in decimal): floor gives a
 * BIGINT, and Spark's `/` divides as DOUBLE.
 */
const roundTo = (value: string, decimals: number) =>
  `(floor(CAST(${value} AS DOUBLE) * ${decimalScale(decimals)} + 0.5) / ${decimalScale(decimals)})`;

/**
 * Spark SQL (3.2 or later), for a province that keeps its data in a lake
 * and runs the rules as a Spark job.
 *
 * The SQL is the same under Spark's ANSI mode (the default from Spark 4)
 * and without it: every cast that may fail is a `try_cast` (Spark 3.2),
 * which answers NULL for text that is no date or number in both modes.
 * It relies on Spark's default `spark.sql.parser.escapedStringLiterals`
 * (false): with it true, a backslash or quote in a text value would be
 * read with its escaping backslash kept.
 *
 * Struct fields are read as `(struct).field`: `a.b` could name column `b`
 * of a table `a` as well as field `b` of column `a`.
 *
 * @example
 * compileCondition('r', { fact: 'income', operator: 'lessThan', value: 4000 },
 *   { columns: { income: 'number' }, dialect: spark });
 * // '(`income` < CAST(\'4000\' AS DOUBLE))'
 */
export const spark: SqlDialect = {
  name: 'spark',
  identifier,
  field: (struct, name) => `(${struct}).${identifier(name)}`,
  text: quote,
  number: (value) => `CAST(${quote(String(value))} AS DOUBLE)`,
  unknown: 'CAST(NULL AS BOOLEAN)',
  // btrim (Spark 3.2) takes its second argument as a set of characters.
  trimmed: (text) => `btrim(${text}, ${WHITESPACE})`,
  blank: (text) => `(btrim(${text}, ${WHITESPACE}) = '')`,
  matches: fullMatch,
  tryDate: (text) => `try_cast(${text} AS DATE)`,
  integerAt: (text, from, length) =>
    `try_cast(substr(${text}, ${from}, ${length}) AS INT)`,
  listContains: (list, item) =>
    knownList(list, `array_contains(${list}, ${item})`),
  listHasAny: (list, items) =>
    knownList(list, `arrays_overlap(${list}, ${arrayOf(items)})`),
  typeOf: sparkTypeOf,
  list: arrayOf,
  listOf: (value) => `collect_list(${value})`,
  functions: {
    day: (text) =>
      `(CASE WHEN ${fullMatch(text, '\\d{4}-\\d{2}-\\d{2}')} THEN try_cast(${text} AS DATE) END)`,
    // Whole years, as ageOn counts them: the birthday not yet reached this
    // year takes one off (29 February's birthday falls on 1 March).
    yearsBetween: (from, to) =>
      `(year(${to}) - year(${from}) - CASE WHEN month(${to}) * 100 + dayofmonth(${to}) < month(${from}) * 100 + dayofmonth(${from}) THEN 1 ELSE 0 END)`,
    includes: (text, part) => `(instr(${text}, ${part}) > 0)`,
    round2: (value) => roundTo(value, 2),
    listContains: (list, item) => spark.listContains(list, item),
    // size() is -1 for a NULL array unless ANSI mode is on: NULL stays NULL.
    listLength: (list) =>
      `(CASE WHEN ${list} IS NULL THEN NULL ELSE size(${list}) END)`,
    addDays: (date, days) => `date_add(${date}, CAST(${days} AS INT))`,
    daysBetween: (from, to) => `datediff(${to}, ${from})`,
    lastDayOfMonth: (date) => `last_day(${date})`,
    monthsBetween: (from, to) => wholeMonths(SPARK_PARTS, from, to),
    dateText: (date) => `date_format(${date}, 'yyyy-MM-dd')`,
    round: roundTo,
    // No ordered string aggregate: the rows are collected with their order,
    // sorted, and joined (array_join skips NULL texts).
    joinText: (text, separator, order) =>
      `(CASE WHEN count(${text}) = 0 THEN NULL ELSE array_join(transform(array_sort(collect_list(named_struct('o', ${order}, 't', ${text}))), e -> e.t), ${separator}) END)`,
    matches: (text, pattern) =>
      `rlike(${text}, ${quote(`\\A(?:${javaPattern(pattern)})\\z`)})`,
    replaceMatches: (text, pattern, replacement) =>
      `regexp_replace(${text}, ${quote(javaPattern(pattern))}, ${quote(plainReplacement(replacement))})`,
    toNumber: (text) => `try_cast(${text} AS DOUBLE)`,
    trim: (text) => spark.trimmed(text),
  },
};

/** A JavaScript pattern in Java's syntax, whose `\z` is the text's end. */
const javaPattern = (pattern: string) =>
  enginePattern(pattern, UNICODE_ESCAPE, '\\z');

const SPARK_PARTS: DatePartsSql = {
  year: (date) => `year(${date})`,
  month: (date) => `month(${date})`,
  day: (date) => `dayofmonth(${date})`,
  lastDayOfMonth: (date) => `last_day(${date})`,
};
