import type { Checker, Dataset } from '@duibiao/core';
import {
  checkInDuckdb,
  checkInSql,
  connectPostgres,
  insertDataset,
  type SqlCheckResult,
} from '@duibiao/sql';

import type { CommandIo } from './check.js';
import { UsageError } from './errors.js';
import { reasonOf } from './fs-reason.js';

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
) {
  let said = false;
  return async (checker: Checker, dataset: Dataset) => {
    const result =
      engine === 'duckdb'
        ? await checkInDuckdb(checker, dataset)
        : await checkInPostgres(checker, dataset, db as string);
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

/** A check in a PostgreSQL database, in a schema of the run's own. */
async function checkInPostgres(
  checker: Checker,
  dataset: Dataset,
  url: string,
): Promise<SqlCheckResult> {
  let connection;
  try {
    connection = await connectPostgres(url);
  } catch (error) {
    throw new UsageError(
      `cannot use the database of --db ${maskPassword(url)}: ${reasonOf(error)}`,
    );
  }
  try {
    await insertDataset(connection, dataset);
    return await checkInSql(checker, dataset, connection);
  } finally {
    await connection.close();
  }
}

/** A connection string without its password, to print. */
function maskPassword(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}
