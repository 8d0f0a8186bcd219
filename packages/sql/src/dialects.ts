import { duckdb, type SqlDialect } from './dialect.js';
import { postgres } from './dialect-postgres.js';
import { spark } from './dialect-spark.js';
import { trino } from './dialect-trino.js';

/** Every dialect duibiao writes, by name. */
export const DIALECTS: Readonly<Record<string, SqlDialect>> = {
  duckdb,
  postgres,
  spark,
  trino,
};

/**
 * A dialect by name.
 *
 * @param name - `duckdb`, `postgres`, `spark` or `trino`.
 * @returns The dialect, or `undefined` for another name.
 */
export function dialectNamed(name: string): SqlDialect | undefined {
  return Object.hasOwn(DIALECTS, name) ? DIALECTS[name] : undefined;
}
