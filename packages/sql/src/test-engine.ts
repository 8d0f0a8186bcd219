import type { FactColumns, SqlColumnType } from './column-types.js';
import type { SqlDialect } from './dialect.js';

/**
 * Test support: a SQL engine that runs boolean expressions over rows, one
 * column per fact, so that the same cases run on DuckDB and PostgreSQL.
 */

/** A row: each fact's value, `undefined` or `null` for SQL NULL. */
export type Row = Readonly<Record<string, unknown>>;

/** Each expression's value on each row: `true`, `false` or `undefined`. */
export type Truths = (boolean | undefined)[][];

/** An engine open for a test file, with its dialect. */
export interface TestEngine {
  /** What the test names it by: `duckdb`, `pglite`, … */
  readonly name: string;
  /** The dialect its SQL is written in. */
  readonly dialect: SqlDialect;
  /**
   * Each expression's value on each row, in the rows' order.
   *
   * @param columns - The table's columns.
   * @param rows - The rows.
   * @param expressions - Boolean SQL over the columns.
   * @returns `results[row][expression]`.
   */
  runOverRows(
    columns: FactColumns,
    rows: readonly Row[],
    expressions: readonly string[],
  ): Promise<Truths>;
  /** Closes the engine (stops a server it started). */
  close(): Promise<void>;
}

/** What an engine's SQL needs besides its dialect: types and literals. */
export interface TableWriter {
  readonly dialect: SqlDialect;
  typeOf(type: SqlColumnType): string;
  literal(type: SqlColumnType, value: unknown): string;
}

/**
 * The statements that make table `facts` of the rows (dropping one left
 * from before) and select the expressions over it in the rows' order.
 */
export function statementsOverRows(
  writer: TableWriter,
  columns: FactColumns,
  rows: readonly Row[],
  expressions: readonly string[],
): string[] {
  const { dialect } = writer;
  const names = Object.keys(columns);
  const definitions = names.map(
    (name) => `${dialect.identifier(name)} ${writer.typeOf(columns[name]!)}`,
  );
  const values = rows.map((row, i) => {
    const cells = names.map((name) =>
      writer.literal(columns[name]!, row[name]),
    );
    return `(${[i, ...cells].join(', ')})`;
  });
  const selected = expressions.map((sql, i) => `${sql} AS "c${i}"`);

  return [
    'DROP TABLE IF EXISTS facts',
    `CREATE TABLE facts ("#row" INTEGER, ${definitions.join(', ')})`,
    ...(values.length > 0
      ? [`INSERT INTO facts VALUES ${values.join(', ')}`]
      : []),
    `SELECT ${selected.join(', ')} FROM facts ORDER BY "#row"`,
  ];
}

/** Rows of cells read as truths: NULL is unknown, anything else an error. */
export function truthsOf(rows: readonly (readonly unknown[])[]): Truths {
  return rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return undefined;
      if (typeof cell !== 'boolean')
        throw new Error(`not a boolean: ${String(cell)}`);
      return cell;
    }),
  );
}
