export {
  type FactColumns,
  type SqlColumnType,
  duckdbTypeOf,
} from './column-types.js';
export {
  type CompileConditionOptions,
  compileCondition,
} from './compile-condition.js';
export { SqlCompileError } from './compile-error.js';
export { duckdb, JS_WHITESPACE, type SqlDialect } from './dialect.js';
