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
 * SQLSTATEs of the database refusing work that is right: a privilege
 * (42501), its resources or limits (classes 53, 54), an object in use or a
 * lock timeout (55), a statement timeout or cancel (57014), its own
 * system's error (58).
 */
const REFUSED = /^(42501|53|54|55|57014|58)/;

/** How long to wait for a server's answer to the login, unless told. */
const CONNECT_TIMEOUT_S = 30;

/**
 * Connects to a PostgreSQL server and makes a schema of its own for one
 * run (`duibiao_<time>_<random>`), first on the search path, so that the
 * data format's tables it creates touch nothing else in the database;
 * `close` drops it, and `abort` drops it while a statement runs.
 *
 * A server that does not answer the login is given up on after the URL's
 * `connect_timeout` in seconds, as libpq reads it (0 waits for ever), or
 * 30 s: pg itself reads no such parameter.
 *
 * An error of the server's that is not the SQL's fault is a
 * {@link DuibiaoError}: `DUIBIAO_DATABASE_LOST` when the connection is
 * lost (its message names the schema left behind),
 * `DUIBIAO_DATABASE_REFUSED` when the database refuses (a permission, a
 * statement timeout, a full disk).
 *
 * @param url - A connection string, `postgres://user@host:port/db`.
 * @returns The connection.
 * @throws {Error} When the server cannot be reached, does not answer in
 * time, or refuses the login.
 * @throws {DuibiaoError} `DUIBIAO_DATABASE_REFUSED` when the role may not
 * make a schema in the database.
 */
export async function connectPostgres(
  url: string,
): Promise<PostgresConnection> {
  const seconds = connectTimeout(url);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: seconds * 1000,
  });
  // Without a listener, a connection the server ends while no statement
  // runs would be an uncaught error event; it is seen at the next call.
  let lost: unknown;
  client.on('error', (error) => (lost ??= error));
  try {
    await client.connect();
  } catch (error) {
    if ((error as Error).message !== 'timeout expired') throw error;
    throw new Error(
      `no answer in ${seconds} s (connect_timeout=<seconds> in the URL sets the wait, ${CONNECT_TIMEOUT_S} unless given)`,
      { cause: error },
    );
  }
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
    throw databaseError(error, "to make the run's schema", schema);
  }

  let aborting: Promise<void> | undefined;
  const call = async <T>(action: () => Promise<T>): Promise<T> => {
    if (aborting) throw new Error('the run was stopped');
    try {
      if (lost !== undefined) throw lost;
      return await action();
    } catch (error) {
      throw databaseError(lost ?? error, "the run's SQL", schema);
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

/**
 * The URL's `connect_timeout` in whole seconds, as libpq reads it: 0 or
 * less waits for ever, 1 is taken as 2.
 */
function connectTimeout(url: string): number {
  const given = /[?&]connect_timeout=([^&#]*)/.exec(url)?.[1];
  const seconds = given === undefined ? NaN : Number.parseInt(given, 10);
  if (Number.isNaN(seconds)) return CONNECT_TIMEOUT_S;

  return seconds <= 0 ? 0 : Math.max(seconds, 2);
}

/**
 * A server's error as duibiao's when it is not the SQL's fault, else the
 * error itself.
 */
function databaseError(error: unknown, what: string, schema: string): unknown {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const reason = typeof message === 'string' ? message : String(error);
  const lost =
    typeof code === 'string' && (LOST.test(code) || SOCKET_LOST.has(code));
  if (lost || /^Connection terminated/.test(reason)) {
    return new DuibiaoError(
      'DUIBIAO_DATABASE_LOST',
      `the connection to the database was lost (${reason}); its schema ${schema} may remain: DROP SCHEMA ${schema} CASCADE drops it`,
      { cause: error },
    );
  }
  if (typeof code !== 'string' || !REFUSED.test(code)) return error;

  const hint = /^permission denied for database/.test(reason)
    ? "; the role needs CREATE on the database, to make a schema of the run's own"
    : '';
  return new DuibiaoError(
    'DUIBIAO_DATABASE_REFUSED',
    `the database refused ${what}: ${reason}${hint}`,
    { cause: error },
  );
}
