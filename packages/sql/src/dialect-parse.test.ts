import { duckdb, type SqlDialect, spark, trino } from '@duibiao/sql';
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';

import { goldenStatements } from './golden-cases.js';
import {
  type DialectParser,
  DUCKDB_PARSER,
  SPARK_PARSER,
  TRINO_PARSER,
} from './sql-parser-check.js';

/**
 * Every golden statement of each dialect is read by a SQL parser for that
 * dialect (node-sql-parser): it must be one statement, and a SELECT must
 * have one column, `c`, so that no text or name broke out of its quotes.
 * Constructs the engine has and the parser lacks are rewritten as the
 * exceptions in sql-parser-check.ts say, each asserted below.
 */

const parser = new Parser();

const astOf = (sql: string, database: string) =>
  parser.astify(sql, { database });

const parses = (sql: string, database: string) => {
  try {
    astOf(sql, database);
    return true;
  } catch {
    return false;
  }
};

const DIALECTS: [SqlDialect, DialectParser][] = [
  [spark, SPARK_PARSER],
  [trino, TRINO_PARSER],
  [duckdb, DUCKDB_PARSER],
];

describe.each(DIALECTS)('$name SQL read by a parser', (dialect, check) => {
  const { database, exceptions } = check;
  const statements = goldenStatements(dialect);

  describe.each(exceptions)('where the grammar lacks $construct', (e) => {
    it('the grammar still rejects it, and reads it rewritten', () => {
      expect(e.holds(e.example)).toBe(true);
      expect(parses(e.example, database)).toBe(false);
      expect(parses(e.rewrite(e.example), database)).toBe(true);
    });

    it('some golden statement needs it', () => {
      expect(statements.some((s) => e.holds(s.sql))).toBe(true);
    });
  });

  it.each(statements.map((s) => [s.comment.split('\n')[0], s.sql]))(
    'parses %s',
    (_, sql) => {
      const lacking = exceptions.filter((e) => e.holds(sql));
      const raw = parses(sql, database);
      // A statement the grammar rejects holds a construct it lacks.
      if (!raw) expect(lacking.map((e) => e.construct)).not.toEqual([]);
      const read = raw
        ? sql
        : lacking.reduce((s, e) => e.rewrite(s), sql as string);
      const ast = astOf(read, database);

      expect(Array.isArray(ast)).toBe(false);
      if (Array.isArray(ast) || ast.type !== 'select') return;
      expect(ast.columns).toHaveLength(1);
      expect(ast.columns[0]?.as).toBe('c');
    },
  );
});
