import { DuckDBInstance } from '@duckdb/node-api';

import {
  type FactColumns,
  type SqlColumnType,
  duckdbTypeOf,
} from './column-types.js';
import { duckdb } from './dialect.js';
import {
  type Row,
  statementsOverRows,
  type TableWriter,
  type TestEngine,
  type Truths,
  truthsOf,
} from './test-engine.js';

/**
 * Test support: runs boolean SQL expressions over rows in an in-memory
 * DuckDB, one column per fact, and reads back TRUE, FALSE or NULL per row
 * and expression.
 */

export type { Row } from './test-engine.js';

/** A value as a SQL literal of the column's type. */
export function literal(type: SqlColumnType, value: unknown): string {
  const sqlType = duckdbTypeOf(type);
  if (value === undefined || value === null) return `CAST(NULL AS ${sqlType})`;
  if (type === 'number') return duckdb.number(value as number);
  if (type === 'text' || type === 'date') return duckdb.text(value as string);
  if (type === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('list' in type) {
    const items = (value as unknown[]).map((item) => literal(type.list, item));
    return `CAST([${items.join(', ')}] AS ${sqlType})`;
  }
  const fields = Object.entries(type.struct).map(
    ([name, field]) =>
      `${duckdb.text(name)}: ${literal(field, (value as Record<string, unknown>)[name])}`,
  );
  return `CAST({${fields.join(', ')}} AS ${sqlType})`;
}

const WRITER: TableWriter = { dialect: duckdb, typeOf: duckdbTypeOf, literal };

/** An in-memory DuckDB, for the tests of one file. */
export async function openDuckdb(): Promise<TestEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  return {
    name: 'duckdb',
    dialect: duckdb,
    async runOverRows(columns, rows, expressions) {
      const statements = statementsOverRows(WRITER, columns, rows, expressions);
      const select = statements.pop()!;
      for (const sql of statements) await connection.run(sql);
      const reader = await connection.runAndReadAll(select);
      return truthsOf(reader.getRowsJS());
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Each expression's value on each row, in the rows' order, in a DuckDB
 * opened for this call alone.
 *
 * @param columns - The table's columns.
 * @param rows - The rows.
 * @param expressions - Boolean SQL over the columns.
 * @returns `results[row][expression]`: `true`, `false` or `undefined`.
 */
export async function runOverRows(
  columns: FactColumns,
  rows: readonly Row[],
  expressions: readonly string[],
): Promise<Truths> {
  const engine = await openDuckdb();
  try {
    return await engine.runOverRows(columns, rows, expressions);
  } finally {
    await engine.close();
  }
}
