export {
  type FactColumns,
  type SqlColumnType,
  duckdbTypeOf,
} from './column-types.js';
export {
  type CompileConditionOptions,
  compileCondition,
  type FactShape,
} from './compile-condition.js';
export { SqlCompileError } from './compile-error.js';
export {
  compileUnknownFacts,
  readUnknownFacts,
  type UnknownFactsSql,
} from './unknown-facts.js';
export { duckdb, JS_WHITESPACE, type SqlDialect } from './dialect.js';
export { postgres, postgresTypeOf } from './dialect-postgres.js';
export { spark, sparkTypeOf } from './dialect-spark.js';
export { trino, trinoTypeOf } from './dialect-trino.js';
export {
  compileRuleSet,
  type NotCompiled,
  outcomesQuery,
  type SqlKind,
  type SqlRule,
  type SqlRuleSet,
} from './compile-rule-set.js';
export {
  createTables,
  ROW,
  SQL_TABLES,
  type SqlColumn,
  type SqlTable,
} from './schema.js';
export { checkInDuckdb } from './engine-duckdb.js';
export {
  checkInSql,
  insertDataset,
  type SqlCheckOptions,
  type SqlCheckResult,
  type SqlConnection,
} from './engine.js';
export { loadDataset } from './load-duckdb.js';
export {
  connectPostgres,
  type PostgresConnection,
} from './connect-postgres.js';
export { DIALECTS, dialectNamed } from './dialects.js';
export {
  inForce,
  readable,
  type ReadableTable,
  readableTables,
} from './readable-tables.js';
export { sqlScript } from './sql-script.js';
