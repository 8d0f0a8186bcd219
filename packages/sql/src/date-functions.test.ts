import { duckdb, postgres, spark, type SqlDialect, trino } from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';

/**
 * The date and rounding functions facts write their SQL with, run in
 * DuckDB and PostgreSQL (PGlite) on values worked out by hand: month
 * ends, leap years (2000 is one, 1900 and 2100 are not), dates before
 * others, and the doubles JavaScript's Math.round rounds.
 */

const day = (text: string) => `DATE '${text}'`;

/** [from, to, whole months as core's monthsRangeBetween counts them]. */
const MONTHS: [string, string, number][] = [
  // 29 February is the last day of a month without a 31st.
  ['2020-01-31', '2020-02-29', 1],
  // 28 February 2020 is not: the month is not complete.
  ['2020-01-31', '2020-02-28', 0],
  ['2019-01-31', '2019-02-28', 1],
  ['2020-03-31', '2020-04-30', 1],
  ['2020-03-15', '2020-09-14', 5],
  ['2020-03-15', '2020-09-15', 6],
  ['2020-09-30', '2020-09-30', 0],
  ['2020-02-29', '2021-02-28', 12],
  // Backwards: negative, and the shortfall rule runs forwards only.
  ['2020-09-14', '2020-03-15', -5],
  ['2020-02-29', '2019-02-28', -12],
  ['2020-05-31', '2020-04-30', -1],
  // 31 March is after the 30th: back from 30 April, not a whole month.
  ['2020-04-30', '2020-03-31', 0],
];

/** [date, days, the date so many days on]. */
const ADD_DAYS: [string, number, string][] = [
  ['2020-02-28', 1, '2020-02-29'],
  ['2021-02-28', 1, '2021-03-01'],
  ['2000-02-28', 1, '2000-02-29'],
  ['1900-02-28', 1, '1900-03-01'],
  ['2020-12-31', 1, '2021-01-01'],
  ['2020-03-01', -1, '2020-02-29'],
  ['2020-01-31', 30, '2020-03-01'],
];

/** [from, to, days from one to the other]. */
const DAYS: [string, string, number][] = [
  ['2020-01-01', '2021-01-01', 366],
  ['2019-01-01', '2020-01-01', 365],
  ['2021-01-01', '2020-01-01', -366],
  ['2020-02-28', '2020-03-01', 2],
];

/** [a day, the last day of its month]. */
const MONTH_ENDS: [string, string][] = [
  ['2020-02-10', '2020-02-29'],
  ['2000-02-15', '2000-02-29'],
  ['2100-02-01', '2100-02-28'],
  ['2020-04-01', '2020-04-30'],
  ['2020-12-31', '2020-12-31'],
];

/** [a double, decimals, Math.round(x * 10 ** d) / 10 ** d]. */
const ROUNDED: [number, number, number][] = [
  // 0.1 + 0.2 is 0.30000000000000004.
  [0.1 + 0.2, 9, 0.3],
  // 2.675 is a hair below, but 2.675 × 100 rounds to 267.5: up.
  [2.675, 2, 2.68],
  // 1.005 × 100 is 100.49999999999999: down.
  [1.005, 2, 1],
  // Halves go up, towards +∞.
  [-2.5, 0, -2],
  [2.5, 0, 3],
  [31.0344828, 1, 31],
  [1000 / 1450, 9, 0.689655172],
];

/** Each case as a SQL expression and the value it must give. */
function cases(dialect: SqlDialect): [string, unknown][] {
  const fn = dialect.functions;

  return [
    ...MONTHS.map(([a, b, n]): [string, unknown] => [
      fn.monthsBetween(day(a), day(b)),
      n,
    ]),
    ...ADD_DAYS.map(([a, n, b]): [string, unknown] => [
      fn.dateText(fn.addDays(day(a), String(n))),
      b,
    ]),
    ...DAYS.map(([a, b, n]): [string, unknown] => [
      fn.daysBetween(day(a), day(b)),
      n,
    ]),
    ...MONTH_ENDS.map(([a, b]): [string, unknown] => [
      fn.dateText(fn.lastDayOfMonth(day(a))),
      b,
    ]),
    ...ROUNDED.map(([x, d, r]): [string, unknown] => [
      fn.round(dialect.number(x), d),
      r,
    ]),
    [fn.dateText(day('1000-01-01')), '1000-01-01'],
  ];
}

/** The rows joined in order, NULL texts left out; NULL when none. */
function joined(dialect: SqlDialect, rows: string): string {
  const sep = dialect.text('、');

  return `SELECT ${dialect.functions.joinText('t', sep, 'o')} AS v FROM (${rows}) AS r`;
}

const ROWS = `SELECT 'b' AS t, 2 AS o UNION ALL SELECT 'a', 1 UNION ALL SELECT NULL, 0 UNION ALL SELECT 'c', 3`;
const NO_ROWS = `SELECT 'x' AS t, 1 AS o WHERE 1 = 0`;

/** The engines, each running one query and giving its first row. */
const ENGINES: [
  SqlDialect,
  () => Promise<(sql: string) => Promise<unknown[]>>,
][] = [
  [
    duckdb,
    async () => {
      const connection = await (
        await DuckDBInstance.create(':memory:')
      ).connect();
      return async (sql) =>
        (await connection.runAndReadAll(sql)).getRowsJS()[0] as unknown[];
    },
  ],
  [
    postgres,
    async () => {
      const db = await PGlite.create();
      return async (sql) =>
        (await db.query<unknown[]>(sql, [], { rowMode: 'array' }))
          .rows[0] as unknown[];
    },
  ],
];

/** A number of the engine's (bigint, numeric text) as a number. */
const plain = (value: unknown) =>
  typeof value === 'bigint' ||
  (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
    ? Number(value)
    : value;

describe.each(ENGINES)('date functions in $name', (dialect, connect) => {
  it('count months and days, move days, end months, round', async () => {
    const query = await connect();
    const all = cases(dialect);
    const row = await query(
      `SELECT ${all.map(([sql], i) => `${sql} AS c${i}`).join(', ')}`,
    );

    expect(row.map(plain)).toEqual(all.map(([, value]) => value));
  });

  it('join texts in order, NULL for none', async () => {
    const query = await connect();

    expect(await query(joined(dialect, ROWS))).toEqual(['a、b、c']);
    expect(await query(joined(dialect, NO_ROWS))).toEqual([null]);
  });
});

/**
 * Spark SQL and Trino are not run here: their SQL is read by the parser's
 * grammar for each (Hive's for Spark). joinText is left out: Spark's is a
 * lambda over a sorted array and Trino's `listagg … WITHIN GROUP`, which
 * neither grammar reads.
 */
describe.each([
  [spark, 'hive'],
  [trino, 'trino'],
] as const)('date functions in $name parse', (dialect, database) => {
  it.each(cases(dialect).map(([sql]) => [sql]))('%s', (sql) => {
    expect(() =>
      new Parser().astify(`SELECT ${sql} AS c`, { database }),
    ).not.toThrow();
  });
});
