import type { ParserException } from './sql-parser-check.js';

/**
 * Test support: constructs a whole script holds that node-sql-parser's
 * grammars lack, beside those of conditions in sql-parser-check.ts. A
 * script names the lists in force in a `WITH` clause, reads other rows
 * through subqueries, and holds the SQL facts write; each construct here
 * is one the engine documents, rewritten for the check into one of the
 * same shape that the grammar reads.
 */

/** A token of SQL: a quoted text or name, a parenthesis, or a word. */
interface Token {
  /** Where it starts. */
  readonly start: number;
  /** Where it ends (exclusive). */
  readonly end: number;
  /** The word upper-cased, `(`, `)`, or `` for a quoted or other token. */
  readonly text: string;
}

/**
 * The tokens of a statement. A quote doubled inside text or a name stays
 * inside; with `backslash` (Spark), a backslash in text escapes the next
 * character as well.
 */
function tokens(sql: string, backslash = false): Token[] {
  const found: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    const start = i;
    if (c === "'" || c === '"' || c === '`') {
      i += 1;
      while (i < sql.length) {
        const d = sql[i];
        if (backslash && c === "'" && d === '\\') i += 2;
        else if (d === c && sql[i + 1] === c) i += 2;
        else if (d === c) break;
        else i += 1;
      }
      found.push({ start, end: (i += 1), text: '' });
    } else if (/\w/.test(c)) {
      while (i < sql.length && /\w/.test(sql[i] as string)) i += 1;
      found.push({ start, end: i, text: sql.slice(start, i).toUpperCase() });
    } else if (/\s/.test(c)) i += 1;
    else
      found.push({
        start,
        end: (i += 1),
        text: c === '(' || c === ')' ? c : '',
      });
  }

  return found;
}

/**
 * The pairs of parentheses outside quotes: each opening index with its
 * closing. `backslash` as for {@link tokens}.
 */
function parentheses(sql: string, backslash = false): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (const token of tokens(sql, backslash)) {
    if (token.text === '(') open.push(token.start);
    if (token.text !== ')') continue;
    const from = open.pop();
    if (from !== undefined) pairs.set(from, token.start);
  }

  return pairs;
}

/** Inserts texts at positions of a statement. */
function insert(sql: string, inserts: readonly [number, string][]): string {
  let read = sql;
  for (const [at, text] of [...inserts].sort((a, b) => b[0] - a[0]))
    read = read.slice(0, at) + text + read.slice(at);

  return read;
}

/** Words before `(SELECT` that make the subquery not a value. */
const NOT_A_VALUE = /\b(?:IN|EXISTS|FROM|JOIN|AS)\s*$/;

/**
 * The parentheses of scalar subqueries: `(SELECT` or `(WITH` as a value.
 */
function scalarSubqueries(sql: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const [from, to] of parentheses(sql))
    if (
      /^(?:SELECT|WITH) /.test(sql.slice(from + 1, from + 8)) &&
      !NOT_A_VALUE.test(sql.slice(Math.max(0, from - 8), from))
    )
      found.set(from, to);

  return found;
}

/**
 * Trino's grammar reads a subquery only after `IN` or `NOT EXISTS`: a
 * subquery as a value, `(SELECT max(x) FROM t)` or `(WITH … SELECT …)`,
 * is read as the rows of a parenthesised list and refused. The check
 * reads it as `(NOT EXISTS (SELECT …))`, a value holding the same
 * subquery (after `IN` the grammar refuses a subquery whose first column
 * opens with a parenthesis, `IN (SELECT (x) FROM t)`).
 */
export const SCALAR_SUBQUERY: ParserException = {
  construct: 'a subquery as a value, (SELECT max(x) FROM t)',
  engine: 'Trino subquery expressions: scalar subquery',
  example: 'SELECT 1 + (SELECT max("x") FROM "u") AS c FROM t',
  holds: (sql) => scalarSubqueries(sql).size > 0,
  rewrite: (sql) => {
    const inserts: [number, string][] = [];
    for (const [from, to] of scalarSubqueries(sql))
      inserts.push([from + 1, 'NOT EXISTS ('], [to, ')']);

    return insert(sql, inserts);
  },
};

/** `EXISTS (` that `NOT` does not come before. */
const BARE_EXISTS = /(?<!\bNOT )\bEXISTS \(/g;

/**
 * Trino's grammar has `NOT EXISTS (subquery)` and not `EXISTS (subquery)`:
 * the check reads the latter as `NOT NOT EXISTS (subquery)`.
 */
export const EXISTS_SUBQUERY: ParserException = {
  construct: 'EXISTS (subquery)',
  engine: 'Trino subquery expressions: EXISTS',
  example: 'SELECT EXISTS (SELECT 1 FROM "u") AS c FROM t',
  holds: (sql) => new RegExp(BARE_EXISTS.source).test(sql),
  rewrite: (sql) => sql.replaceAll(BARE_EXISTS, 'NOT NOT EXISTS ('),
};

/** A backquoted name defined in a `WITH` clause. */
const WITH_NAME = /(\bWITH |, )`((?:[^`]|``)*)` AS \(/g;

/**
 * Hive's grammar names a `WITH` query only without backquotes; Spark
 * quotes it as any name (`education@in_force`). The check names it with
 * its letters and digits, the rest `_`; the statement reads it by its
 * backquoted name, which the grammar does not resolve.
 */
export const QUOTED_WITH_NAME: ParserException = {
  construct: 'a backquoted name of a WITH query',
  engine: 'Spark SQL common table expression: any identifier',
  example: 'WITH `a@b` AS (SELECT 1 AS x) SELECT x AS c FROM `a@b`',
  holds: (sql) => new RegExp(WITH_NAME.source).test(sql),
  rewrite: (sql) =>
    sql.replaceAll(
      WITH_NAME,
      (_, before: string, name: string) =>
        `${before}${name.replaceAll(/\W/g, '_')} AS (`,
    ),
};

/** A `WITH` query written `AS MATERIALIZED (`. */
const MATERIALIZED = /\bAS MATERIALIZED \(/g;

/**
 * node-sql-parser's PostgreSQL grammar lacks `WITH name AS MATERIALIZED
 * (query)`, which PostgreSQL 12 has: the check reads it as `AS (query)`.
 */
export const MATERIALIZED_WITH: ParserException = {
  construct: 'WITH name AS MATERIALIZED (query)',
  engine: 'PostgreSQL 12 WITH queries: MATERIALIZED',
  example: 'WITH a AS MATERIALIZED (SELECT 1 AS x) SELECT x AS c FROM a',
  holds: (sql) => new RegExp(MATERIALIZED.source).test(sql),
  rewrite: (sql) => sql.replaceAll(MATERIALIZED, 'AS ('),
};

/** `EXTRACT(<field> FROM`, for the date fields facts read. */
const EXTRACT = /\bEXTRACT\((YEAR|MONTH|DAY) FROM /g;

/**
 * Hive's grammar lacks `EXTRACT(field FROM source)`, which Spark 3.0
 * has: the check reads it as the function of the same field,
 * `year(source)`, `month(source)` or `day(source)`.
 */
export const EXTRACT_FIELD: ParserException = {
  construct: 'EXTRACT(YEAR FROM d)',
  engine: 'Spark 3.0 built-in function extract',
  example: 'SELECT EXTRACT(YEAR FROM `d`) AS c FROM t',
  holds: (sql) => new RegExp(EXTRACT.source).test(sql),
  rewrite: (sql) =>
    sql.replaceAll(EXTRACT, (_, field: string) => `${field.toLowerCase()}(`),
};

/** A simple `CASE` whose operand opens with a parenthesis. */
const CASE_PARENTHESISED = /\bCASE \(/g;

/**
 * The grammars of PostgreSQL, Hive and Trino read a simple `CASE`'s
 * operand only when it does not open with a parenthesis: `CASE (x) WHEN
 * 1 THEN …` is refused, as every engine documents it. The check reads it
 * as `CASE +(x) WHEN …`, the grammar reading a unary plus before the
 * operand.
 */
export function parenthesisedCaseOperand(engine: string): ParserException {
  return {
    construct: 'a simple CASE whose operand is parenthesised, CASE (x) WHEN',
    engine,
    example: "SELECT CASE (x) WHEN 'a' THEN 1 END AS c FROM t",
    holds: (sql) => new RegExp(CASE_PARENTHESISED.source).test(sql),
    rewrite: (sql) => sql.replaceAll(CASE_PARENTHESISED, 'CASE +('),
  };
}

/** `(VALUES` opening an inline table. */
const VALUES_OPEN = /\(VALUES \(/g;

/** The alias after an inline table, with its column names. */
const TABLE_ALIAS = /^ AS (\w+)\([^()]*\)/;

/**
 * Each inline table `(VALUES (…), (…)) AS t(a, b)` of a Spark statement,
 * read as `(SELECT … UNION ALL SELECT …) AS t`: where it starts, where its
 * alias ends, and the query.
 */
function inlineTables(sql: string): [number, number, string][] {
  const pairs = parentheses(sql, true);
  const found: [number, number, string][] = [];
  for (const match of sql.matchAll(VALUES_OPEN)) {
    const from = match.index;
    const to = pairs.get(from);
    const alias = to === undefined ? null : TABLE_ALIAS.exec(sql.slice(to + 1));
    if (to === undefined || alias === null) continue;
    const rows: string[] = [];
    let row = from + '(VALUES '.length;
    while (row < to && sql[row] === '(') {
      const end = pairs.get(row) as number;
      rows.push(`SELECT ${sql.slice(row + 1, end)}`);
      row = end + ', '.length + 1;
    }
    const query = `(${rows.join(' UNION ALL ')}) AS ${alias[1]}`;
    found.push([from, to + 1 + alias[0].length, query]);
  }

  return found;
}

/**
 * Hive's grammar has no inline table, which Spark writes `VALUES (…),
 * (…)` and reads as a query wherever one may stand: `FROM (VALUES ('a',
 * 'b')) AS t(n, f)` is refused. The check reads each row as a `SELECT`
 * of its values, joined by `UNION ALL`, under the table's alias without
 * its column names (the grammar does not resolve `t.n`).
 */
export const INLINE_TABLE: ParserException = {
  construct: "an inline table, (VALUES ('a', 'b')) AS t(n, f)",
  engine: 'Spark SQL inline table: VALUES',
  example:
    "SELECT max(t.n) AS c FROM (VALUES ('a', 'b'), ('c', 'd')) AS t(n, f)",
  holds: (sql) => inlineTables(sql).length > 0,
  rewrite: (sql) => {
    let read = sql;
    for (const [from, to, query] of inlineTables(sql).reverse())
      read = read.slice(0, from) + query + read.slice(to);

    return read;
  },
};
