import { DuckDBInstance } from '@duckdb/node-api';

import {
  type FactColumns,
  type SqlColumnType,
  duckdbTypeOf,
} from './column-types.js';
import { duckdb } from './dialect.js';

/**
 * Test support: runs boolean SQL expressions over rows in an in-memory
 * DuckDB, one column per fact, and reads back TRUE, FALSE or NULL per row
 * and expression.
 */

/** A row: each fact's value, `undefined` or `null` for SQL NULL. */
export type Row = Readonly<Record<string, unknown>>;

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

/**
 * Each expression's value on each row, in the rows' order.
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
): Promise<(boolean | undefined)[][]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const names = Object.keys(columns);
    const definitions = names.map(
      (name) => `${duckdb.identifier(name)} ${duckdbTypeOf(columns[name]!)}`,
    );
    await connection.run(
      `CREATE TABLE facts ("#row" INTEGER, ${definitions.join(', ')})`,
    );
    const values = rows.map(
      (row, i) =>
        `(${[i, ...names.map((name) => literal(columns[name]!, row[name]))].join(', ')})`,
    );
    if (values.length > 0)
      await connection.run(`INSERT INTO facts VALUES ${values.join(', ')}`);
    const selected = expressions.map((sql, i) => `${sql} AS "c${i}"`);
    const reader = await connection.runAndReadAll(
      `SELECT ${selected.join(', ')} FROM facts ORDER BY "#row"`,
    );

    return reader.getRowsJS().map((row) =>
      row.map((cell) => {
        if (cell === null) return undefined;
        if (typeof cell !== 'boolean')
          throw new Error(`not a boolean: ${String(cell)}`);
        return cell;
      }),
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
