import type { SqlColumnType } from './column-types.js';
import { postgres, postgresTypeOf } from './dialect-postgres.js';
import {
  statementsOverRows,
  type TableWriter,
  type TestEngine,
  truthsOf,
} from './test-engine.js';

/**
 * Test support: a PostgreSQL engine, PGlite or a server, over any client
 * that runs one statement and returns its rows as arrays.
 */

/** A value as a PostgreSQL literal of the column's type. */
export function postgresLiteral(type: SqlColumnType, value: unknown): string {
  const sqlType = postgresTypeOf(type);
  if (value === undefined || value === null) return `CAST(NULL AS ${sqlType})`;
  if (type === 'number') return postgres.number(value as number);
  if (type === 'text' || type === 'date') return postgres.text(value as string);
  if (type === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('list' in type) {
    const items = (value as unknown[]).map((item) =>
      postgresLiteral(type.list, item),
    );
    return `CAST(ARRAY[${items.join(', ')}] AS ${sqlType})`;
  }

  // A struct is jsonb: the object as JSON, with undefined fields left out.
  return `CAST(${postgres.text(JSON.stringify(value))} AS jsonb)`;
}

const WRITER: TableWriter = {
  dialect: postgres,
  typeOf: postgresTypeOf,
  literal: postgresLiteral,
};

/**
 * A {@link TestEngine} over a PostgreSQL client.
 *
 * @param name - The engine's name in tests.
 * @param query - Runs one statement, resolving to its rows as arrays.
 * @param close - Closes the client and whatever it runs on.
 */
export function postgresEngine(
  name: string,
  query: (sql: string) => Promise<unknown[][]>,
  close: () => Promise<void>,
): TestEngine {
  return {
    name,
    dialect: postgres,
    async runOverRows(columns, rows, expressions) {
      const statements = statementsOverRows(WRITER, columns, rows, expressions);
      const select = statements.pop()!;
      for (const sql of statements) await query(sql);
      return truthsOf(await query(select));
    },
    close,
  };
}
