import type { SqlColumnType } from './column-types.js';
import {
  type DatePartsSql,
  decimalScale,
  wholeMonths,
} from './date-functions.js';
import {
  enginePattern,
  plainReplacement,
  UNICODE_ESCAPE,
} from './js-pattern.js';
import {
  whitespaceClass,
  type SqlDialect,
  WHITESPACE_CHARS,
} from './dialect.js';

/**
 * The column type's SQL name in PostgreSQL, for `CREATE TABLE`: numbers
 * are `double precision`, text and ISO dates `text`, lists arrays
 * (`text[]`, `double precision[]`) and structs `jsonb`.
 *
 * A struct is `jsonb` rather than a composite type: a composite type needs
 * a `CREATE TYPE` of its own for every shape before any table can use it,
 * and a composite whose every field is NULL `IS NULL` in PostgreSQL, so
 * that a known object with no field known could not be told from an
 * unknown one. A `jsonb` struct must hold each field as its type says (a
 * number field a JSON number): the fields are read with casts.
 *
 * @param type - A column type.
 * @returns The type's name, such as `double precision[]`.
 * @example
 * postgresTypeOf({ list: 'text' }); // 'text[]'
 */
export function postgresTypeOf(type: SqlColumnType): string {
  if (type === 'number') return 'double precision';
  if (type === 'text' || type === 'date') return 'text';
  if (type === 'boolean') return 'boolean';
  if ('list' in type)
    return type.list === 'number' ? 'double precision[]' : 'text[]';

  return 'jsonb';
}

const quote = (value: string) => {
  // PostgreSQL text cannot hold U+0000, and a query is cut at one.
  if (value.includes('\0'))
    throw new RangeError(
      `expected text without U+0000 for a PostgreSQL literal, received ${JSON.stringify(value)}`,
    );

  return `'${value.replaceAll("'", "''")}'`;
};

/** PostgreSQL cuts identifiers longer than this many bytes without error. */
const NAME_BYTES = 63;

function identifier(name: string): string {
  if (new TextEncoder().encode(name).length > NAME_BYTES)
    throw new RangeError(
      `expected a PostgreSQL identifier of at most ${NAME_BYTES} bytes, received ${JSON.stringify(name)}: PostgreSQL would cut it short, and two such names could become one`,
    );

  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The pattern with `\d` as `[0-9]`: in PostgreSQL `\d` is a digit of the
 * database's locale, which under an ICU locale takes in full-width `２`
 * and Arabic-Indic `٣`, where JavaScript and DuckDB take ASCII digits only.
 */
function asciiDigits(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && pattern[i + 1] === 'd') {
      out += inClass ? '0-9' : '[0-9]';
      i++;
    } else if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else {
      if (c === '[') inClass = true;
      if (c === ']') inClass = false;
      out += c;
    }
  }

  return out;
}

/**
 * Digits of text as an integer, NULL unless they are all ASCII digits.
 * PostgreSQL has no cast that gives NULL on bad input, and may evaluate
 * either side of an AND first, so every cast sits inside a CASE that
 * tested its input (CASE arms whose test is false are never evaluated,
 * not even when the planner folds constants).
 */
function digitsAt(text: string, from: number, length: number): string {
  if (!Number.isInteger(length) || length < 1 || length > 9)
    throw new RangeError(
      `expected 1 to 9 digits (an integer never overflows then), received ${length}`,
    );
  const part = `substr(${text}, ${from}, ${length})`;

  return `(CASE WHEN ${part} ~ '^[0-9]+$' THEN CAST(${part} AS integer) END)`;
}

/**
 * `YYYY-MM-DD` text as a DATE, NULL when it is not of that form or names
 * no real day. PostgreSQL's own cast raises an error on 2021-02-30, and
 * `pg_input_is_valid` is PostgreSQL 16 and later, so the day is checked
 * against its month's length before `make_date` builds it.
 */
function isoDay(text: string): string {
  const at = (from: number, length: number) =>
    `CAST(substr(${text}, ${from}, ${length}) AS integer)`;
  const [y, m, d] = [at(1, 4), at(6, 2), at(9, 2)];
  const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
  const lastDay =
    `(CASE WHEN ${m} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END)` +
    ` WHEN ${m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`;
  // Year 0 is no year to make_date: it raises an error.
  const real =
    `${y} >= 1 AND ${m} BETWEEN 1 AND 12` +
    ` AND ${d} BETWEEN 1 AND ${lastDay}`;

  return (
    `(CASE WHEN ${text} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'` +
    ` THEN (CASE WHEN ${real} THEN make_date(${y}, ${m}, ${d}) END) END)`
  );
}

/**
 * A field of a `jsonb` struct, read as the field's type says: a nested
 * struct stays `jsonb` (JSON `null` made NULL), a list becomes an array.
 */
function jsonbField(struct: string, name: string, type: SqlColumnType) {
  const key = quote(name);
  const json = `(${struct} -> ${key})`;
  if (typeof type === 'object' && 'struct' in type)
    return `NULLIF(${json}, 'null'::jsonb)`;
  if (typeof type === 'object') {
    const item = type.list === 'number' ? 'double precision' : 'text';
    return (
      `(CASE WHEN jsonb_typeof(${json}) = 'array' THEN ARRAY(SELECT` +
      ` CAST(e AS ${item}) FROM jsonb_array_elements_text(${json}) AS e) END)`
    );
  }
  const text = `(${struct} ->> ${key})`;
  if (type === 'number') return `CAST(${text} AS double precision)`;
  if (type === 'boolean') return `CAST(${text} AS boolean)`;

  return text;
}

/**
 * PostgreSQL 15 and later (the Debian server) and PGlite, the WASM build of
 * PostgreSQL. Tables take their column types from {@link postgresTypeOf}.
 *
 * It gives what the `duckdb` dialect gives, and where PostgreSQL differs it is
 * made to agree: dates are checked without a cast that can raise an error,
 * `\d` in a pattern is an ASCII digit whatever the database's locale, and
 * an identifier longer than PostgreSQL keeps is refused with a
 * `RangeError` rather than cut short. Text is written for
 * `standard_conforming_strings` on, PostgreSQL's default since 9.1.
 *
 * @example
 * compileCondition('r1', conditions, { columns, dialect: postgres });
 */
export const postgres: SqlDialect = {
  name: 'postgres',
  // Folded into one, the facts' WITH items of a kind make a join of
  // hundreds of tables, which PGlite runs out of memory planning.
  materialized: true,
  identifier,
  field: jsonbField,
  text: quote,
  number: (value) => `CAST(${quote(String(value))} AS double precision)`,
  unknown: 'CAST(NULL AS boolean)',
  trimmed: (text) => `btrim(${text}, ${WHITESPACE_CHARS})`,
  blank: (text) =>
    `(${text} ~ ${quote(`^${whitespaceClass((c) => `\\u${c.toString(16).padStart(4, '0')}`)}*$`)})`,
  matches: (text, pattern) =>
    `(${text} ~ ${quote(`^(?:${asciiDigits(pattern)})$`)})`,
  tryDate: isoDay,
  integerAt: digitsAt,
  listContains: (list, item) => `(${item} = ANY(${list}))`,
  listHasAny: (list, items) => `(${list} && ARRAY[${items.join(', ')}])`,
  typeOf: postgresTypeOf,
  list: (items) => `ARRAY[${items.join(', ')}]`,
  listOf: (value) => `array_agg(${value})`,
  functions: {
    day: isoDay,
    // Whole years, as ageOn counts them: one less while the birthday is
    // still to come in the later year. date_part gives double precision.
    yearsBetween: (from, to) =>
      `(date_part('year', ${to}) - date_part('year', ${from}) - CASE` +
      ` WHEN date_part('month', ${to}) * 100 + date_part('day', ${to})` +
      ` < date_part('month', ${from}) * 100 + date_part('day', ${from})` +
      ` THEN 1 ELSE 0 END)`,
    includes: (text, part) => `(strpos(${text}, ${part}) > 0)`,
    // An integer or numeric value would be rounded in decimal arithmetic,
    // and divided by 100 in whole numbers: as double precision it is not.
    round2: (value) =>
      `(floor(CAST(${value} AS double precision) * 100 + 0.5) / 100)`,
    listContains: (list, item) => postgres.listContains(list, item),
    // cardinality, not array_length: an empty array has 0 items, not NULL.
    listLength: (list) => `cardinality(${list})`,
    // date + integer is a date; date - date an integer of days.
    addDays: (date, days) => `(${date} + CAST(${days} AS integer))`,
    daysBetween: (from, to) => `(${to} - ${from})`,
    lastDayOfMonth: pgMonthEnd,
    monthsBetween: (from, to) => wholeMonths(POSTGRES_PARTS, from, to),
    // to_char, not a cast: a cast to text follows the DateStyle setting.
    dateText: (date) => `to_char(${date}, 'YYYY-MM-DD')`,
    round: (value, decimals) =>
      `(floor(CAST(${value} AS double precision) * ${decimalScale(decimals)} + 0.5) / ${decimalScale(decimals)})`,
    joinText: (text, separator, order) =>
      `string_agg(${text}, ${separator} ORDER BY ${order})`,
    matches: (text, pattern) =>
      `(${text} ~ ${quote(`^(?:${pgPattern(pattern)})$`)})`,
    replaceMatches: (text, pattern, replacement) =>
      `regexp_replace(${text}, ${quote(pgPattern(pattern))}, ${quote(plainReplacement(replacement))}, 'g')`,
    // Only for text checked to be a number: PostgreSQL's cast raises an
    // error on any other.
    toNumber: (text) => `CAST(${text} AS double precision)`,
    trim: (text) => postgres.trimmed(text),
  },
};

/**
 * A JavaScript pattern in PostgreSQL's (an ARE, whose `$` is the text's
 * end while newline-sensitive matching is off, as it is by default).
 */
const pgPattern = (pattern: string) =>
  enginePattern(pattern, UNICODE_ESCAPE, '$');

/**
 * The last day of a date's month. The date is made a timestamp without
 * time zone first: date_trunc would otherwise take it as a timestamp with
 * time zone, whose month arithmetic follows the session's time zone.
 */
function pgMonthEnd(date: string): string {
  return `(CAST(date_trunc('month', CAST(${date} AS timestamp)) + INTERVAL '1 month' AS date) - 1)`;
}

const POSTGRES_PARTS: DatePartsSql = {
  year: (date) => `date_part('year', ${date})`,
  month: (date) => `date_part('month', ${date})`,
  day: (date) => `date_part('day', ${date})`,
  lastDayOfMonth: pgMonthEnd,
};
