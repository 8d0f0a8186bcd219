import { duckdb, spark, trino } from '@duibiao/sql';

import {
  DUCKDB_PARSER,
  SPARK_PARSER,
  TRINO_PARSER,
} from '../../packages/sql/src/sql-parser-check.js';
import { describeScriptParsing } from './script-parse.js';

/**
 * The Spark SQL, Trino and DuckDB scripts `duibiao sql` writes, every
 * statement read by a SQL parser for its dialect (script-parse.ts); the
 * PostgreSQL script, four times the size, is read beside them in
 * script-parse-postgres.test.ts.
 */
describeScriptParsing(spark, SPARK_PARSER);
describeScriptParsing(trino, TRINO_PARSER);
describeScriptParsing(duckdb, DUCKDB_PARSER);
