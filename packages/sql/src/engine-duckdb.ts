import type { Checker, Dataset } from '@duibiao/core';
import { DuckDBInstance } from '@duckdb/node-api';

import { duckdb } from './dialect.js';
import {
  checkInSql,
  type SqlCheckOptions,
  type SqlCheckResult,
  type SqlConnection,
} from './engine.js';
import { loadDataset } from './load-duckdb.js';

/**
 * Checks a data set with its rules run in an embedded, in-memory DuckDB:
 * the data is loaded into DuckDB and checked as {@link checkInSql} does.
 * The findings and statistics are those of {@link Checker.check}.
 *
 * @param checker - The checker whose rules to run.
 * @param dataset - The data set.
 * @param options - Whether to verify every outcome in-process too.
 * @returns Findings and statistics, and which rules ran where.
 * @example
 * const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
 * const result = await checkInDuckdb(checker, dataset);
 */
export async function checkInDuckdb(
  checker: Checker,
  dataset: Dataset,
  options: SqlCheckOptions = {},
): Promise<SqlCheckResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const native = await instance.connect();
  try {
    await loadDataset(native, dataset);
    const connection: SqlConnection = {
      dialect: duckdb,
      run: async (sql) => {
        await native.run(sql);
      },
      query: async (sql) => (await native.runAndReadAll(sql)).getRowsJS(),
    };

    return await checkInSql(checker, dataset, connection, {
      indexes: false,
      ...options,
    });
  } finally {
    native.closeSync();
    instance.closeSync();
  }
}
