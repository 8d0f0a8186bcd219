import { DuibiaoError } from '@duibiao/core';
import pg from 'pg';

import { postgres } from './dialect-postgres.js';
import type { SqlConnection } from './engine.js';

/** A connection to a PostgreSQL server that {@link checkInSql} can use. */
export interface PostgresConnection extends SqlConnection {
  /** The run's own schema, `duibiao_<time>_<random>`. */
  readonly schema: string;
  /** Drops the run's schema and closes the connection. */
  close(): Promise<void>;
  /**
   * Stops the run: from a second connection, ends the run's session (and
   * the statement it may be running) and drops the run's schema, then
   * closes both. `run` and `query` fail from then on, and `close` waits
   * for it. It may wait on the server: the caller bounds the wait.
   */
  abort(): Promise<void>;
}

/**
 * SQLSTATEs of a session the server ended or lost: connection exceptions
 * (class 08) and an administrator's or a crash's shutdown (57P01-57P03).
 */
const LOST = /^(08|57P0[123])/;

/** Errors of the socket itself, the server's end gone. */
const SOCKET_LOST = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * Connects to a PostgreSQL server and makes a schema of its own for one
 * run (`duibiao_<time>_<random>`), first on the search path, so that the
 * data format's tables it creates touch nothing else in the database;
 * `close` drops it, and `abort` drops it while a statement runs.
 *
 * A connection lost meanwhile is a {@link DuibiaoError}
 * `DUIBIAO_DATABASE_LOST`, whose message names the schema left behind.
 *
 * @param url - A connection string, `postgres://user@host:port/db`.
 * @returns The connection.
 * @throws {Error} When the server cannot be reached or refuses the login.
 */
export async function connectPostgres(
  url: string,
): Promise<PostgresConnection> {
  const client = new pg.Client({ connectionString: url });
  // Without a listener, a connection the server ends while no statement
  // runs would be an uncaught error event; it is seen at the next call.
  let lost: unknown;
  client.on('error', (error) => (lost ??= error));
  await client.connect();
  const schema = `duibiao_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const quoted = postgres.identifier(schema);
  let pid: number;
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pg_backend_pid() AS pid',
    );
    pid = (rows[0] as { pid: number }).pid;
    await client.query(`CREATE SCHEMA ${quoted}`);
    await client.query(`SET search_path TO ${quoted}`);
  } catch (error) {
    await client.end();
    throw error;
  }

  let aborting: Promise<void> | undefined;
  const call = async <T>(action: () => Promise<T>): Promise<T> => {
    if (aborting) throw new Error('the run was stopped');
    try {
      if (lost !== undefined) throw lost;
      return await action();
    } catch (error) {
      throw databaseError(lost ?? error, schema);
    }
  };

  return {
    dialect: postgres,
    schema,
    run: (sql) =>
      call(async () => {
        await client.query(sql);
      }),
    query: (sql) =>
      call(
        async () =>
          (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows,
      ),
    close: async () => {
      if (aborting) return aborting;
      try {
        await call(() => client.query(`DROP SCHEMA ${quoted} CASCADE`));
      } finally {
        await client.end();
      }
    },
    abort: () => (aborting ??= drop(url, pid, quoted, client)),
  };
}

/**
 * Ends the session `pid` from a second connection and drops the schema:
 * a statement the session runs holds locks that DROP SCHEMA would wait
 * for, and closing its socket alone leaves a long statement running.
 */
async function drop(
  url: string,
  pid: number,
  quoted: string,
  client: pg.Client,
): Promise<void> {
  const other = new pg.Client({ connectionString: url });
  other.on('error', () => undefined);
  try {
    await other.connect();
    await other.query('SELECT pg_terminate_backend($1)', [pid]);
    await other.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE`);
  } finally {
    await Promise.all([other.end(), client.end()]);
  }
}

/** A lost connection's error as duibiao's, else the error itself. */
function databaseError(error: unknown, schema: string): unknown {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const reason = typeof message === 'string' ? message : String(error);
  const lost =
    typeof code === 'string' && (LOST.test(code) || SOCKET_LOST.has(code));
  if (!lost && !/^Connection terminated/.test(reason)) return error;

  return new DuibiaoError(
    'DUIBIAO_DATABASE_LOST',
    `the connection to the database was lost (${reason}); its schema ${schema} may remain: DROP SCHEMA ${schema} CASCADE drops it`,
    { cause: error },
  );
}
