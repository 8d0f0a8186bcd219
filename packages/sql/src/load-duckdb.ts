import type { Dataset, ListKey } from '@duibiao/core';
import {
  BOOLEAN,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  LIST,
  listValue,
  VARCHAR,
} from '@duckdb/node-api';

import { duckdb } from './dialect.js';
import { createTables, type SqlColumn, SQL_TABLES } from './schema.js';

const TEXT_LIST = LIST(VARCHAR);

/**
 * Loads a data set, as duibiao's reader made it, into a DuckDB database:
 * every table of the data format (lists not provided stay empty), a row
 * number per row in input order, and the status tables that say which
 * tables were absent and which rows were rejected.
 *
 * @param connection - A connection to an empty database.
 * @param dataset - The data set.
 * @returns Nothing; the tables are created and filled.
 */
export async function loadDataset(
  connection: DuckDBConnection,
  dataset: Dataset,
): Promise<void> {
  for (const statement of createTables(duckdb)) await connection.run(statement);

  for (const table of SQL_TABLES) {
    const rows = rowsOf(dataset, table.name);
    if (rows.length === 0) continue;
    const appender = await connection.createAppender(table.name);
    try {
      const types = [INTEGER, ...table.columns.map(duckdbType)];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const end = Math.min(rows.length, start + CHUNK_ROWS);
        const chunk = DuckDBDataChunk.create(types, end - start);
        const numbers: number[] = [];
        for (let i = start; i < end; i += 1) numbers.push(i);
        chunk.setColumnValues(0, numbers);
        table.columns.forEach((column, c) => {
          const values: DuckDBValue[] = [];
          for (let i = start; i < end; i += 1) {
            const row = rows[i] as Readonly<Record<string, unknown>>;
            values.push(valueOf(column, row[column.field]));
          }
          chunk.setColumnValues(c + 1, values);
        });
        appender.appendDataChunk(chunk);
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  const values = (rows: readonly (readonly (string | number)[])[]) =>
    rows
      .map(
        (row) =>
          `(${row.map((v) => (typeof v === 'number' ? String(v) : duckdb.text(v))).join(', ')})`,
      )
      .join(', ');
  const insert = async (
    table: string,
    rows: readonly (readonly (string | number)[])[],
  ) => {
    if (rows.length > 0)
      await connection.run(
        `INSERT INTO ${duckdb.identifier(table)} VALUES ${values(rows)}`,
      );
  };
  await insert(
    '_absent',
    (dataset.absentTables ?? []).map((name) => [name]),
  );
  await insert(
    '_incomplete',
    (dataset.incompleteHouseholds ?? []).map((id) => [id]),
  );
  await insert('_unplaced', [[dataset.unplacedMembers ?? 0]]);
  await insert(
    '_rejected_member_ids',
    (dataset.rejectedMemberIds ?? []).map((id) => [id]),
  );
  const rejections = Object.entries(dataset.listRejections ?? {});
  await insert(
    '_list_rejected',
    rejections.flatMap(([list, r]) =>
      [...new Set(r?.keys ?? [])].map((key) => [list, key]),
    ),
  );
  await insert(
    '_list_unplaced',
    rejections.map(([list, r]) => [list, r?.unplaced ?? 0]),
  );
}

function rowsOf(dataset: Dataset, table: string): readonly unknown[] {
  if (table === 'households') return dataset.households;
  if (table === 'members') return dataset.members;
  if (table === 'villages') return dataset.villages;

  return dataset.lists?.[table as ListKey] ?? [];
}

/** How many rows a chunk holds: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

function duckdbType(column: SqlColumn): DuckDBType {
  if (column.role === 'none') return BOOLEAN;
  const { type } = column;
  if (type === 'number') return DOUBLE;
  if (type === 'boolean') return BOOLEAN;
  if (type === 'text' || type === 'date') return VARCHAR;
  return TEXT_LIST;
}

function valueOf(column: SqlColumn, value: unknown): DuckDBValue {
  if (column.role === 'none') return value === null;
  if (value === undefined || value === null) return null;
  const { type } = column;
  if (type === 'number' || type === 'boolean') return value as number | boolean;
  if (type === 'text' || type === 'date') return String(value);
  return listValue((value as unknown[]).map(String));
}
