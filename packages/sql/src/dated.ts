import { datePartsOf } from '@duibiao/core';

import type { SqlColumnType } from './column-types.js';
import type { SqlDialect } from './dialect.js';

const ORDER_TESTS: Record<string, string> = {
  dateBefore: '< 0',
  dateOnOrBefore: '<= 0',
  dateAfter: '> 0',
  dateOnOrAfter: '>= 0',
};

/**
 * A date comparison of ISO date text with a date, as duibiao's `dated`
 * operators make it: text that names no real day or month (2021-02-30,
 * 2020-13, a year before 1000) is unknown, as is a month that holds the
 * day compared with; months compare by month.
 *
 * @param operator - `dateBefore`, `dateOnOrBefore`, `dateAfter` or
 * `dateOnOrAfter`.
 * @param read - The fact's SQL, blank text already NULL, and its type.
 * @param value - The date compared with.
 * @param dialect - The SQL dialect.
 * @returns The SQL, or `undefined` when `operator` is not a date operator.
 */
export function compileDated(
  operator: string,
  read: { sql: string; type: SqlColumnType },
  value: unknown,
  dialect: SqlDialect,
): string | undefined {
  const test = Object.hasOwn(ORDER_TESTS, operator)
    ? ORDER_TESTS[operator]
    : undefined;
  if (test === undefined) return undefined;
  const other = typeof value === 'string' ? datePartsOf(value) : undefined;
  if (other === undefined || (read.type !== 'date' && read.type !== 'text'))
    return dialect.unknown;

  const text = read.sql;
  const at = (from: number, length: number) =>
    dialect.integerAt(text, from, length);
  const isDay = dialect.matches(text, '\\d{4}-\\d{2}-\\d{2}');
  const isMonth = dialect.matches(text, '\\d{4}-\\d{2}');
  const monthIndex = `(${at(1, 4)} * 12 + ${at(6, 2)})`;
  // The month the text names, counted from year 0, or NULL for no date.
  const month =
    `(CASE WHEN ${isDay} AND ${dialect.tryDate(text)} IS NOT NULL` +
    ` AND ${at(1, 4)} >= 1000 THEN ${monthIndex}` +
    ` WHEN ${isMonth} AND ${at(6, 2)} BETWEEN 1 AND 12` +
    ` AND ${at(1, 4)} >= 1000 THEN ${monthIndex} END)`;
  const day = `(CASE WHEN ${isDay} THEN ${at(9, 2)} END)`;
  const otherMonth = other.year * 12 + other.month;
  const byDay =
    other.day === undefined
      ? `WHEN ${day} IS NULL THEN 0`
      : `WHEN ${day} IS NULL THEN NULL WHEN ${day} < ${other.day} THEN -1` +
        ` WHEN ${day} > ${other.day} THEN 1 ELSE 0`;
  const order =
    `(CASE WHEN ${month} IS NULL THEN NULL` +
    ` WHEN ${month} < ${otherMonth} THEN -1` +
    ` WHEN ${month} > ${otherMonth} THEN 1 ${byDay} END)`;

  return `(${order} ${test})`;
}
