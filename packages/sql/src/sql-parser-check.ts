/**
 * Test support: which node-sql-parser grammar reads each dialect's SQL,
 * and the constructs the engine has but that grammar lacks.
 *
 * node-sql-parser 5.4.0 has grammars for Trino, Hive and PostgreSQL among
 * others, and none for Spark SQL or DuckDB: Spark's SQL is read with
 * Hive's grammar (backquoted names, `rlike`, `array_contains`), the
 * nearest, and DuckDB's with PostgreSQL's. Where a grammar lacks a construct the engine
 * documents, the check rewrites that construct into one the grammar reads
 * and that has the same shape (a cast for a cast, a name for a name) and
 * parses the rest of the statement as it is. Each such exception is
 * asserted: the grammar must still reject its example, and read the
 * example once rewritten.
 */

import {
  EXISTS_SUBQUERY,
  EXTRACT_FIELD,
  INLINE_TABLE,
  MATERIALIZED_WITH,
  parenthesisedCaseOperand,
  QUOTED_WITH_NAME,
  SCALAR_SUBQUERY,
} from './sql-parser-script.js';

/** A construct the engine has and the parser's grammar lacks. */
export interface ParserException {
  /** What the construct is. */
  readonly construct: string;
  /** Where the engine documents it. */
  readonly engine: string;
  /** A statement the grammar rejects only for the construct. */
  readonly example: string;
  /** Whether a statement holds the construct. */
  holds(sql: string): boolean;
  /** The statement with the construct written as the grammar reads it. */
  rewrite(sql: string): string;
}

/** How one dialect's SQL is parsed. */
export interface DialectParser {
  /** node-sql-parser's `database` option. */
  readonly database: string;
  /** Constructs its grammar lacks that conditions and functions hold. */
  readonly exceptions: readonly ParserException[];
  /**
   * Constructs its grammar lacks that only a whole script holds: the
   * lists in force named in `WITH`, subqueries, and what facts write.
   */
  readonly scriptExceptions: readonly ParserException[];
}

/** Applies a step until nothing changes, for constructs that nest. */
function untilStable(sql: string, step: (sql: string) => string): string {
  let previous = '';
  let current = sql;
  while (current !== previous) [previous, current] = [current, step(current)];

  return current;
}

/** A quoted name whose quote is `q`, doubled inside. */
const quoted = (q: string) => `${q}(?:[^${q}]|${q}${q})*${q}`;

/** An exception for quoted names holding their doubled quote. */
function doubledQuote(q: string, engine: string): ParserException {
  const names = new RegExp(quoted(q), 'g');
  const inside = (name: string) => name.slice(1, -1);

  return {
    construct: `a doubled ${q} in a quoted name`,
    engine,
    example: `SELECT ${q}a${q}${q}b${q} AS c FROM t`,
    holds: (sql) =>
      [...sql.matchAll(names)].some(([n]) => inside(n).includes(q + q)),
    rewrite: (sql) =>
      sql.replaceAll(names, (n) => q + inside(n).replaceAll(q + q, '_') + q),
  };
}

/**
 * An exception for `(name.name).field`, read by the grammar as
 * `name.name.field` (Trino, DuckDB) or `name['field']` (Hive).
 */
function parenthesisedField(
  q: string,
  engine: string,
  as: (base: string, field: string) => string,
): ParserException {
  const name = quoted(q);
  const base = `${name}(?:\\.${name})*(?:\\['[^']*'\\])*`;
  const field = new RegExp(`\\((${base})\\)\\.(${name})`);

  return {
    construct: `a field of a parenthesised struct, (${q}o${q}).${q}f${q}`,
    engine,
    example: `SELECT (${q}o${q}).${q}n${q} AS c FROM t`,
    holds: (sql) => field.test(sql),
    rewrite: (sql) =>
      untilStable(sql, (s) =>
        s.replace(field, (_, b: string, f: string) => as(b, f)),
      ),
  };
}

/**
 * An exception for a function or type the grammar lacks, written as one
 * it has.
 */
function renamed(
  construct: string,
  engine: string,
  example: string,
  from: RegExp,
  to: string,
): ParserException {
  const all = new RegExp(from.source, 'g');

  return {
    construct,
    engine,
    example,
    holds: (sql) => from.test(sql),
    rewrite: (sql) => sql.replaceAll(all, to),
  };
}

/**
 * An exception for column types the grammar lacks in `CREATE TABLE`,
 * each written as a plain type (innermost first, for types that nest).
 */
function columnTypes(
  construct: string,
  engine: string,
  example: string,
  innermost: RegExp,
  plain: string,
): ParserException {
  return {
    construct,
    engine,
    example,
    holds: (sql) => sql.startsWith('CREATE TABLE') && innermost.test(sql),
    rewrite: (sql) => untilStable(sql, (s) => s.replace(innermost, plain)),
  };
}

/** Spark SQL, read with Hive's grammar. */
export const SPARK_PARSER: DialectParser = {
  database: 'Hive',
  exceptions: [
    renamed(
      'try_cast(x AS type)',
      'Spark 3.2 built-in function try_cast',
      "SELECT try_cast('1' AS INT) AS c FROM t",
      /\btry_cast\(/,
      'CAST(',
    ),
    renamed(
      'BOOLEAN as a cast target',
      'Spark SQL data types: BOOLEAN',
      'SELECT CAST(NULL AS BOOLEAN) AS c FROM t',
      /\bAS BOOLEAN\)/,
      'AS STRING)',
    ),
    parenthesisedField(
      '`',
      'Spark SQL grammar: a field of any primary expression',
      (base, field) => `${base}['${field.slice(1, -1)}']`,
    ),
    doubledQuote('`', 'Spark SQL identifiers: a backquote is doubled'),
    renamed(
      'a lambda, e -> e.t',
      'Spark 2.4 higher-order functions (transform)',
      'SELECT transform(`a`, e -> e.t) AS c FROM t',
      /\b[a-z] -> /,
      '',
    ),
    columnTypes(
      'BOOLEAN, ARRAY<…> and STRUCT<…> columns',
      'Spark SQL data types',
      'CREATE TABLE t (`l` ARRAY<STRING>)',
      /\b(?:BOOLEAN\b|ARRAY<[^<>]*>|STRUCT<[^<>]*>)/,
      'STRING',
    ),
  ],
  scriptExceptions: [
    QUOTED_WITH_NAME,
    EXTRACT_FIELD,
    INLINE_TABLE,
    parenthesisedCaseOperand('Spark SQL CASE clause: CASE expression WHEN'),
  ],
};

/**
 * Decodes a Trino Unicode literal's `\XXXX` escapes, so that the grammar
 * reads the same text as a plain literal.
 */
const plainLiteral = (body: string) =>
  `'${body.replaceAll(/\\([0-9A-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  )}'`;

/** Standard SQL string literals, a quote doubled inside. */
const STANDARD_TEXT = /'(?:[^']|'')*'/g;

/**
 * An exception for a backslash in a standard string literal: the grammars
 * of Trino and PostgreSQL read `\'` as a quote, where the engine reads a
 * backslash and the literal's end. A doubled backslash is one backslash
 * to the grammar.
 */
function backslashInText(engine: string): ParserException {
  return {
    construct: 'a backslash before the closing quote of a literal',
    engine,
    example: "SELECT ('a\\' = 'x') AS c FROM t",
    holds: (sql) =>
      [...sql.matchAll(STANDARD_TEXT)].some(([text]) => text.includes('\\')),
    rewrite: (sql) =>
      sql.replaceAll(STANDARD_TEXT, (text) => text.replaceAll('\\', '\\\\')),
  };
}

/** Trino, read with Trino's grammar. */
export const TRINO_PARSER: DialectParser = {
  database: 'Trino',
  exceptions: [
    {
      construct: "a Unicode literal, U&'\\0009'",
      engine: 'Trino string literals: U& with \\XXXX escapes',
      example: "SELECT U&'\\0009' AS c FROM t",
      holds: (sql) => sql.includes("U&'"),
      rewrite: (sql) =>
        sql.replaceAll(/U&'([^']*)'/g, (_, body: string) => plainLiteral(body)),
    },
    parenthesisedField(
      '"',
      'Trino ROW type: the field reference operator on any expression',
      (base, field) => `${base}.${field}`,
    ),
    backslashInText('Trino string literals: a backslash is no escape'),
    renamed(
      'an ordered aggregate, listagg(…) WITHIN GROUP (ORDER BY …)',
      'Trino aggregate function listagg',
      `SELECT listagg("s", ', ') WITHIN GROUP (ORDER BY "n") AS c FROM t`,
      / WITHIN GROUP \(ORDER BY [^()]*\)/,
      '',
    ),
    doubledQuote('"', 'Trino identifiers: a double quote is doubled'),
    columnTypes(
      'ARRAY(…) and ROW(…) columns',
      'Trino data types: ARRAY and ROW',
      'CREATE TABLE t ("l" ARRAY(VARCHAR))',
      /\b(?:ARRAY|ROW)\([^()]*\)/,
      'VARCHAR',
    ),
  ],
  scriptExceptions: [
    EXISTS_SUBQUERY,
    SCALAR_SUBQUERY,
    parenthesisedCaseOperand('Trino conditional expressions: simple CASE'),
  ],
};

/** DuckDB, read with PostgreSQL's grammar. */
export const DUCKDB_PARSER: DialectParser = {
  database: 'Postgresql',
  exceptions: [
    renamed(
      'TRY_CAST(x AS type)',
      'DuckDB TRY_CAST',
      "SELECT TRY_CAST('1' AS INTEGER) AS c FROM t",
      /\bTRY_CAST\(/,
      'CAST(',
    ),
    renamed(
      'a list literal, [a, b]',
      'DuckDB list type: [a, b]',
      'SELECT list_has_any("l", [\'a\']) AS c FROM t',
      /, \[/,
      ', ARRAY[',
    ),
    backslashInText('DuckDB string literals: a backslash is no escape'),
    doubledQuote('"', 'DuckDB identifiers: a double quote is doubled'),
    columnTypes(
      'STRUCT(…) columns',
      'DuckDB struct type',
      'CREATE TABLE t ("o" STRUCT("n" DOUBLE))',
      /\bSTRUCT\([^()]*\)/,
      'VARCHAR',
    ),
  ],
  scriptExceptions: [
    parenthesisedCaseOperand('DuckDB CASE statement: CASE expression WHEN'),
  ],
};

/** PostgreSQL, read with PostgreSQL's grammar. */
export const POSTGRES_PARSER: DialectParser = {
  database: 'Postgresql',
  exceptions: [],
  scriptExceptions: [
    parenthesisedCaseOperand('PostgreSQL conditional expressions: simple CASE'),
    MATERIALIZED_WITH,
  ],
};
