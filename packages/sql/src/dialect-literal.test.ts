import { compileCondition, duckdb, spark, trino } from '@duibiao/sql';
import fc from 'fast-check';
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';

import {
  DUCKDB_PARSER,
  SPARK_PARSER,
  TRINO_PARSER,
} from './sql-parser-check.js';

/**
 * Any text a rule compares with becomes one SQL literal that holds that
 * text: a SQL parser reads the compiled comparison as the column against
 * one literal whose body is the one written (nothing broke out of it), and
 * the engine's documented reading of that body gives the text back.
 */

/** Spark's reading of a string literal's body, as its SQL reference says. */
function sparkText(body: string): string {
  const simple: Record<string, string> = {
    '0': '\0',
    b: '\b',
    n: '\n',
    r: '\r',
    t: '\t',
    Z: '\u001a',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body.slice(i + 1);
    const hex = /^u([0-9a-fA-F]{4})|^U([0-9a-fA-F]{8})/.exec(next);
    const octal = /^[0-3][0-7]{2}/.exec(next);
    if (hex) {
      out += String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? '', 16));
      i += hex[0].length;
    } else if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8));
      i += 3;
    } else {
      const e = next[0] ?? '';
      // \% and \_ keep their backslash (they are LIKE's escapes).
      out += simple[e] ?? (e === '%' || e === '_' ? c + e : e);
      i += 1;
    }
  }

  return out;
}

/** Trino's and DuckDB's reading: a doubled quote is a quote. */
const standardText = (body: string) => body.replaceAll("''", "'");

/** Text dense in what quoting must get right, and any text at all. */
const hostile = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ...["'", '\\', '"', '`', '\n', '\r', '-', '*', '/', ';', 'u', '0'],
      ...['U', '%', 'n', 'a', ' ', '\u3000', '\0', '\u2028', '\ud800'],
    ),
    maxLength: 24,
  }),
  fc.string({ unit: 'binary', maxLength: 24 }),
);

const parser = new Parser();

describe.each([
  { dialect: spark, check: SPARK_PARSER, read: sparkText },
  { dialect: trino, check: TRINO_PARSER, read: standardText },
  { dialect: duckdb, check: DUCKDB_PARSER, read: standardText },
])('a text literal in $dialect.name', ({ dialect, check, read }) => {
  it('is one literal that reads back as the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const condition = { fact: 's', operator: 'equal', value: text };
        const sql = `SELECT ${compileCondition('r', condition, {
          columns: { s: 'text' },
          dialect,
        })} AS c FROM t`;
        // Only the grammar's own gaps are rewritten (sql-parser-check.ts).
        const lacking = check.exceptions.filter((e) => e.holds(sql));
        const parsed = lacking.reduce((s, e) => e.rewrite(s), sql);
        const literal = lacking.reduce(
          (s, e) => e.rewrite(s),
          dialect.text(text),
        );

        const ast = parser.astify(parsed, { database: check.database });
        if (Array.isArray(ast) || ast.type !== 'select')
          throw new Error(`not one SELECT: ${parsed}`);
        expect(ast.columns).toHaveLength(1);
        const compared = ast.columns[0]?.expr as {
          type: string;
          operator: string;
          right: { type: string; value: string };
        };
        expect(compared.type).toBe('binary_expr');
        expect(compared.operator).toBe('=');
        expect(compared.right).toEqual({
          type: 'single_quote_string',
          value: literal.slice(1, -1),
        });
        expect(read(dialect.text(text).slice(1, -1))).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});
