import pg from 'pg';

import { postgres } from './dialect-postgres.js';
import type { SqlConnection } from './engine.js';

/** A connection to a PostgreSQL server that {@link checkInSql} can use. */
export interface PostgresConnection extends SqlConnection {
  /** Drops the run's schema and closes the connection. */
  close(): Promise<void>;
}

/**
 * Connects to a PostgreSQL server and makes a schema of its own for one
 * run (`duibiao_<time>_<random>`), first on the search path, so that the
 * data format's tables it creates touch nothing else in the database;
 * `close` drops it.
 *
 * @param url - A connection string, `postgres://user@host:port/db`.
 * @returns The connection.
 * @throws {Error} When the server cannot be reached or refuses the login.
 */
export async function connectPostgres(
  url: string,
): Promise<PostgresConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `duibiao_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const quoted = postgres.identifier(schema);
  try {
    await client.query(`CREATE SCHEMA ${quoted}`);
    await client.query(`SET search_path TO ${quoted}`);
  } catch (error) {
    await client.end();
    throw error;
  }

  return {
    dialect: postgres,
    run: async (sql) => {
      await client.query(sql);
    },
    query: async (sql) =>
      (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows,
    close: async () => {
      try {
        await client.query(`DROP SCHEMA ${quoted} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
