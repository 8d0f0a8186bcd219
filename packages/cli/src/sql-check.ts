import type { Checker, Dataset } from '@duibiao/core';
import {
  checkInDuckdb,
  checkInSql,
  connectPostgres,
  insertDataset,
  type PostgresConnection,
  type SqlCheckResult,
} from '@duibiao/sql';

import type { CommandIo } from './check.js';
import { maskPassword } from './db-url.js';
import { UsageError } from './errors.js';
import { reasonOf } from './fs-reason.js';
import type { StopSignals } from './stop-signals.js';

/** How long a stopped run waits for its schema to be dropped. */
const DROP_WAIT_MS = 5_000;

/**
 * A check in DuckDB or PostgreSQL that says on stderr how many rules ran
 * there and which stayed in-process, by the fact they lack. A folder
 * checked in parts calls it once a part; which rules run where does not
 * depend on the data, so it says so after the first part only.
 */
export function sqlCheck(
  io: CommandIo,
  engine: 'duckdb' | 'postgres',
  db: string | undefined,
  stops: StopSignals,
) {
  let said = false;
  return async (checker: Checker, dataset: Dataset) => {
    const result =
      engine === 'duckdb'
        ? await checkInDuckdb(checker, dataset)
        : await checkInPostgres(checker, dataset, db as string, (drop) =>
            stops.add(() => dropOnStop(drop, io)),
          );
    if (said) return result;
    said = true;

    const { ruleIds, notCompiled } = result.sql;
    const lacking = new Map<string, number>();
    for (const rule of notCompiled) {
      const why = rule.fact ?? rule.reason;
      lacking.set(why, (lacking.get(why) ?? 0) + 1);
    }
    const named = [...lacking]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([why, n]) => `${why} (${n})`);
    io.stderr(
      `duibiao: ${engine === 'duckdb' ? 'DuckDB' : 'PostgreSQL'} judged ${ruleIds.length} rules, the in-process engine ${notCompiled.length}` +
        (named.length > 0
          ? `, whose facts have no SQL form yet: ${named.join(', ')}`
          : '') +
        '\n',
    );
    return result;
  };
}

/**
 * A check in a PostgreSQL database, in a schema of the run's own, which
 * `onStop` is given to drop should the run be stopped meanwhile.
 */
async function checkInPostgres(
  checker: Checker,
  dataset: Dataset,
  url: string,
  onStop: (connecting: Promise<PostgresConnection>) => () => void,
): Promise<SqlCheckResult> {
  const connecting = connectPostgres(url);
  const remove = onStop(connecting);
  let connection;
  try {
    connection = await connecting;
  } catch (error) {
    remove();
    throw new UsageError(
      `cannot use the database of --db ${maskPassword(url)}: ${reasonOf(error)}`,
    );
  }
  try {
    await insertDataset(connection, dataset);
    return await checkInSql(checker, dataset, connection);
  } finally {
    await connection.close().finally(remove);
  }
}

/**
 * On a signal, drops the run's schema, which holds the people's rows; a
 * server that does not answer in time leaves it, named on stderr.
 */
async function dropOnStop(
  connecting: Promise<PostgresConnection>,
  io: CommandIo,
): Promise<void> {
  let schema: string | undefined;
  const dropped = connecting
    .then(
      async (connection) => {
        schema = connection.schema;
        await connection.abort();
      },
      // A connection not made made no schema.
      () => undefined,
    )
    .then(
      () => undefined,
      (error: unknown) => reasonOf(error),
    );
  const failed = await Promise.race([
    dropped,
    new Promise<string>((done) =>
      setTimeout(done, DROP_WAIT_MS, `no answer in ${DROP_WAIT_MS / 1000} s`),
    ),
  ]);
  if (failed === undefined) return;

  const name = schema ?? 'duibiao_<time>_<random>';
  io.stderr(
    `duibiao: the run's schema ${name} may remain in the database (${failed}): DROP SCHEMA ${name} CASCADE drops it\n`,
  );
}
