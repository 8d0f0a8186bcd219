import type {
  FactSql,
  FactSqlContext,
  ListKey,
  RelatedRows,
} from '@duibiao/core';

import { type DaySpanSql, daySpanSql } from './date-spans-sql.js';

/**
 * The SQL of list-entries.ts: dates compared three-valued, a date known
 * to the month standing for each of its days (see date-spans-sql.ts), and
 * a subject's rows of a list, grouped into entries, of which the latest
 * rows by 数据截至日期 speak. Rows are read in correlated subqueries over
 * `q.related(list)`, the rows in force tied to the subject. The
 * in-process functions are the reference; each function here names the
 * one it mirrors.
 */

/** How a fact reads a list: which rows count and how they form entries. */
export interface ListReading {
  /** The list. */
  readonly list: ListKey;
  /**
   * SQL that is TRUE for the rows that count among the subject's (the
   * medical rows of the reference date's year); all rows when absent.
   */
  readonly filter?: (rows: RelatedRows) => string;
  /**
   * The values that make a row's entry, each compared with a blank as
   * `''`, as the in-process key `value ?? ''` does; one entry when absent.
   */
  readonly entry?: (rows: RelatedRows) => readonly string[];
}

const all = (parts: readonly string[]) => `(${parts.join(' AND ')})`;

/**
 * The reference date as a span of one day.
 *
 * @param q - The fact's SQL context.
 * @returns The span.
 */
export function asOfSpanSql(q: FactSqlContext): DaySpanSql {
  return { first: q.asOf, last: q.asOf };
}

/**
 * Whether one date is on or before another, three-valued as isOnOrBefore:
 * TRUE when every day of the first is on or before every day of the
 * second, FALSE when none is, else NULL (and NULL for no date).
 *
 * @param date - The first date's span.
 * @param other - The second date's span.
 * @returns SQL of a boolean.
 */
export function onOrBeforeSql(date: DaySpanSql, other: DaySpanSql): string {
  return (
    `(CASE WHEN ${date.last} <= ${other.first} THEN TRUE` +
    ` WHEN ${date.first} > ${other.last} THEN FALSE END)`
  );
}

/**
 * Whether a spell is in force on the reference date, as isInForce: begun
 * on or before it, and ending on or after it or not ending.
 *
 * @param q - The fact's SQL context.
 * @param start - SQL of the first day's text.
 * @param end - SQL of the last day's text, and whether it is known none.
 * @param end.value - The last day's text.
 * @param end.none - TRUE when the spell has no end.
 * @returns SQL of a boolean, NULL when unknown.
 */
export function inForceSql(
  q: FactSqlContext,
  start: string,
  end: { readonly value: string; readonly none?: string },
): string {
  const day = asOfSpanSql(q);
  const begun = onOrBeforeSql(daySpanSql(q, start), day);
  const ongoing = onOrBeforeSql(day, daySpanSql(q, end.value));
  const going =
    end.none === undefined
      ? ongoing
      : `(CASE WHEN ${end.none} THEN TRUE ELSE ${ongoing} END)`;

  return `(${begun} AND ${going})`;
}

/** Whether two rows belong to the same entry. */
function sameEntry(
  q: FactSqlContext,
  reading: ListReading,
  x: RelatedRows,
  y: RelatedRows,
): string {
  const xs = reading.entry?.(x) ?? [];
  const ys = reading.entry?.(y) ?? [];
  const blank = q.text('');
  const pairs = xs.map(
    (value, i) => `COALESCE(${value}, ${blank}) = COALESCE(${ys[i]}, ${blank})`,
  );

  return pairs.length === 0 ? 'TRUE' : all(pairs);
}

/** The rows of the subject that count, without regard to their date. */
function counted(reading: ListReading, rows: RelatedRows): string {
  return reading.filter === undefined
    ? rows.where
    : all([rows.where, reading.filter(rows)]);
}

/**
 * SQL that is TRUE for a row among the latest of its entry, as `latest`:
 * no row of the entry is known to be later by 数据截至日期 (a blank date,
 * or a month against a day of it, orders nothing).
 *
 * @param q - The fact's SQL context.
 * @param reading - How the fact reads the list.
 * @param rows - The rows the condition is about.
 * @returns SQL of a boolean, never NULL.
 */
export function isLatestSql(
  q: FactSqlContext,
  reading: ListReading,
  rows: RelatedRows,
): string {
  const other = q.related(reading.list);
  const own = daySpanSql(q, rows.column('asOf').value);
  const theirs = daySpanSql(q, other.column('asOf').value);
  const where = all([
    counted(reading, other),
    sameEntry(q, reading, rows, other),
  ]);
  // A row is earlier than another when its last day is before the
  // other's first; it is latest when it is before none of them.
  const newest = `(SELECT max(${theirs.first}) FROM ${other.from} WHERE ${where})`;

  return `COALESCE(${own.last} >= ${newest}, TRUE)`;
}

/** The latest rows of every entry, as a `WHERE` condition on `rows`. */
function latestWhere(
  q: FactSqlContext,
  reading: ListReading,
  rows: RelatedRows,
): string {
  return all([counted(reading, rows), isLatestSql(q, reading, rows)]);
}

/**
 * An aggregate over the latest rows of a subject (one entry): a scalar
 * subquery whose `SELECT` is `select`, which may use count, min, sum and
 * {@link agreedSql} over the rows; over no row, count(*) is 0.
 *
 * @param q - The fact's SQL context.
 * @param reading - How the fact reads the list.
 * @param select - The aggregate, given the rows.
 * @returns SQL of the subquery.
 */
export function latestRowsSql(
  q: FactSqlContext,
  reading: ListReading,
  select: (rows: RelatedRows) => string,
): string {
  const rows = q.related(reading.list);

  return `(SELECT ${select(rows)} FROM ${rows.from} WHERE ${latestWhere(q, reading, rows)})`;
}

/**
 * The value every row of a group agrees on, as an aggregate: NULL when
 * they differ, when one is NULL, or when there is no row.
 *
 * @param value - SQL of a row's value.
 * @returns SQL of the aggregate.
 */
export function agreedSql(value: string): string {
  return (
    `(CASE WHEN count(*) = count(${value})` +
    ` AND count(DISTINCT ${value}) = 1 THEN min(${value}) END)`
  );
}

/**
 * SQL that is TRUE, as an aggregate, when every row of a group is known
 * to have none (and when there is no row).
 *
 * @param none - SQL of a row's `none`.
 * @returns SQL of the aggregate.
 */
export function allNoneSql(none: string): string {
  return `(count(*) = sum(CASE WHEN ${none} THEN 1 ELSE 0 END) OR count(*) = 0)`;
}

/**
 * A value the latest rows agree on, as `current` in department-records.ts:
 * none when there is no row, or when every latest row is known to have
 * none; unknown when they differ, one is blank, or `key` (what ties the
 * subject to the list) is unknown.
 *
 * @param q - The fact's SQL context.
 * @param reading - How the fact reads the list (one entry).
 * @param key - SQL of the subject's ID number or 户编号.
 * @param valueOf - A row's value: its SQL and whether it is known none.
 * @returns The fact's SQL, with `none`.
 */
export function currentSql(
  q: FactSqlContext,
  reading: ListReading,
  key: string,
  valueOf: (rows: RelatedRows) => FactSql,
): FactSql {
  const agreed = latestRowsSql(q, reading, (rows) =>
    agreedSql(valueOf(rows).value),
  );
  const none = latestRowsSql(q, reading, (rows) =>
    allNoneSql(valueOf(rows).none ?? 'FALSE'),
  );

  return {
    value: `(CASE WHEN ${key} IS NOT NULL THEN ${agreed} END)`,
    none: `(CASE WHEN ${key} IS NULL THEN FALSE ELSE ${none} END)`,
  };
}

/** The two answers `someEntry` is made of, each SQL never NULL. */
export interface SomeEntrySql {
  /** TRUE when the latest rows of some entry all pass the test. */
  readonly someTrue: string;
  /** TRUE when every latest row of every entry fails it, or there is none. */
  readonly allFalse: string;
}

/**
 * The parts of `someEntry`: whether some entry's latest rows all pass a
 * three-valued test, and whether every entry's all fail it. The fact is
 * TRUE on the first, else FALSE on the second, else unknown.
 *
 * @param q - The fact's SQL context.
 * @param reading - How the fact reads the list.
 * @param test - The test of a row, SQL of a boolean (NULL unknown).
 * @returns The two answers.
 */
export function someEntryParts(
  q: FactSqlContext,
  reading: ListReading,
  test: (rows: RelatedRows) => string,
): SomeEntrySql {
  const rows = q.related(reading.list);
  const rest = q.related(reading.list);
  const failing =
    `NOT EXISTS (SELECT 1 FROM ${rest.from} WHERE ` +
    `${latestWhere(q, reading, rest)} AND ${sameEntry(q, reading, rows, rest)}` +
    ` AND NOT COALESCE(${test(rest)}, FALSE))`;
  const someTrue =
    `EXISTS (SELECT 1 FROM ${rows.from} WHERE ${latestWhere(q, reading, rows)}` +
    ` AND COALESCE(${test(rows)}, FALSE) AND ${failing})`;

  const any = q.related(reading.list);
  const allFalse =
    `NOT EXISTS (SELECT 1 FROM ${any.from} WHERE ${latestWhere(q, reading, any)}` +
    ` AND COALESCE(${test(any)}, TRUE))`;

  return { someTrue, allFalse };
}

/**
 * `someEntry` over a member's rows, as the `listed…` facts give it:
 * unknown without an ID number to look the rows up by.
 *
 * @param q - The fact's SQL context.
 * @param reading - How the fact reads the list.
 * @param test - The test of a row, SQL of a boolean (NULL unknown).
 * @returns The fact's SQL.
 */
export function someEntrySql(
  q: FactSqlContext,
  reading: ListReading,
  test: (rows: RelatedRows) => string,
): FactSql {
  const { someTrue, allFalse } = someEntryParts(q, reading, test);
  const id = q.column('members', 'idNumber').value;

  return {
    value:
      `(CASE WHEN ${id} IS NULL THEN NULL WHEN ${someTrue} THEN TRUE` +
      ` WHEN ${allFalse} THEN FALSE END)`,
  };
}
