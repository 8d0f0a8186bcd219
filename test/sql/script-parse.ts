import { type Plugin, loadRuleSet } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import {
  compileRuleSet,
  SQL_TABLES,
  type SqlDialect,
  sqlScript,
} from '@duibiao/sql';
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';

import type { DialectParser } from '../../packages/sql/src/sql-parser-check.js';
import { goldenPlugin } from './golden-plugin.js';

/**
 * Test support: every statement of the script `duibiao sql` writes is read
 * by node-sql-parser with the grammar for its dialect (Hive's for Spark,
 * PostgreSQL's for DuckDB), for the shipped rule set and for the golden
 * plugin. Constructs the engine documents and the grammar lacks are
 * rewritten as sql-parser-check.ts says, each asserted still lacking.
 */

const AS_OF = '2020-09-30';

/** Status tables a script creates after the data format's tables. */
const STATUS_TABLES = [
  '_absent',
  '_incomplete',
  '_list_rejected',
  '_list_unplaced',
  '_unplaced',
];

/** A script's statements, each without its comment lines and semicolon. */
export function statementsOf(script: string): string[] {
  return script
    .split(';\n\n')
    .map((part) => part.replace(/^(?:--[^\n]*\n|\n)*/, '').trim())
    .filter((part) => part !== '');
}

const parser = new Parser();

const astOf = (sql: string, database: string) =>
  parser.astify(sql, { database });

const rejects = (sql: string, database: string) => {
  try {
    astOf(sql, database);
    return false;
  } catch {
    return true;
  }
};

/** A name the parser read: an alias, or a column's quoted name. */
function nameOf(column: { expr: unknown; as?: unknown }): unknown {
  if (typeof column.as === 'string') return column.as;
  const expr = column.expr as { column?: unknown };
  if (typeof expr.column === 'string') return expr.column;

  return (expr.column as { expr?: { value?: unknown } } | undefined)?.expr
    ?.value;
}

/**
 * Declares the tests of one dialect's scripts.
 *
 * @param dialect - The dialect.
 * @param check - How its SQL is parsed.
 */
export function describeScriptParsing(
  dialect: SqlDialect,
  check: DialectParser,
): void {
  const { database } = check;
  const lacking = [...check.exceptions, ...check.scriptExceptions];
  const scripts: [string, Plugin][] = [
    ['the shipped rule set', shaanxi],
    ['the golden plugin', goldenPlugin],
  ];
  const read = scripts.map(([name, plugin]) => {
    const ruleSet = loadRuleSet([plugin], AS_OF);
    const statements = statementsOf(sqlScript(ruleSet, dialect));
    const { kinds } = compileRuleSet(ruleSet, { dialect });
    return { name, statements, kinds };
  });

  describe.each(check.scriptExceptions)(
    `${dialect.name}: where ${database}'s grammar lacks $construct`,
    (e) => {
      it('the grammar still rejects it, and reads it rewritten', () => {
        expect(e.holds(e.example)).toBe(true);
        expect(rejects(e.example, database)).toBe(true);
        expect(rejects(e.rewrite(e.example), database)).toBe(false);
      });

      it('some statement of a script needs it', () => {
        const all = read.flatMap((script) => script.statements);
        expect(all.some((sql) => e.holds(sql))).toBe(true);
      });
    },
  );

  describe.each(read)(`the ${dialect.name} script of $name`, (script) => {
    const creates = script.statements.filter((s) =>
      s.startsWith('CREATE TABLE '),
    );
    const queries = script.statements.filter(
      (s) => !s.startsWith('CREATE TABLE '),
    );

    it.each(creates.map((sql, i) => [i, sql]))(
      'reads CREATE TABLE statement %i',
      (_, sql) => {
        const ast = astOf(rewritten(sql), database);
        expect(Array.isArray(ast)).toBe(false);
        expect(ast).toMatchObject({ type: 'create', keyword: 'table' });
      },
    );

    it('creates each table of the data format and each status table', () => {
      const names = creates.map((sql) => {
        const ast = astOf(rewritten(sql), database) as {
          table: { table: string }[];
        };
        return ast.table[0]?.table;
      });
      const data = SQL_TABLES.map((table) => table.name);
      expect(names.slice(0, data.length)).toEqual(data);
      expect(names.slice(data.length)).toEqual(
        expect.arrayContaining(STATUS_TABLES),
      );
    });

    it('has one query per subject kind with a compiled rule', () => {
      expect(queries).toHaveLength(script.kinds.length);
    });

    it.each(script.kinds.map((kind, i) => [kind.kind, i]))(
      'reads the %s query: _row, _region and a column per rule',
      (_, i) => {
        const kind = script.kinds[i as number];
        const ast = astOf(rewritten(queries[i as number] as string), database);
        expect(Array.isArray(ast)).toBe(false);
        if (Array.isArray(ast) || ast.type !== 'select') {
          expect.fail(`a ${kind?.kind} query that is not one SELECT`);
          return;
        }
        const names = (ast.columns as { expr: unknown; as?: unknown }[])
          .map(nameOf)
          .filter((name) => !String(name).endsWith(':applies'));
        expect(names).toEqual([
          '_row',
          '_region',
          ...(kind?.rules ?? []).map((rule) => rule.ruleId),
        ]);
      },
      300_000,
    );
  });

  /** A statement with each construct the grammar lacks rewritten. */
  function rewritten(sql: string): string {
    return lacking
      .filter((e) => e.holds(sql))
      .reduce((s, e) => e.rewrite(s), sql);
  }
}
