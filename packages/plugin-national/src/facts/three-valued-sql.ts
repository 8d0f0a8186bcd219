import type { RelatedRows } from '@duibiao/core';

/**
 * three-valued.ts's `some` and `count` in SQL, over the rows of a table
 * tied to the subject (a household's members): each is one aggregate
 * subquery, and a test is a boolean SQL expression over the rows' columns
 * whose NULL is unknown, as the in-process test's `undefined` is.
 */

/**
 * `some` over rows: TRUE when a row's test is TRUE, else NULL when a
 * row's is unknown, else FALSE (no rows included).
 *
 * @param rows - The rows, from the fact's `q.related`.
 * @param test - SQL of a boolean over a row.
 * @returns SQL of a boolean.
 */
export function someSql(rows: RelatedRows, test: string): string {
  // 2 for a row that passes, 1 for an unknown one, 0 for one that fails:
  // the largest decides, and no rows (NULL) is FALSE. A simple CASE names
  // the test once.
  const grade = `CASE ${test} WHEN TRUE THEN 2 WHEN FALSE THEN 0 ELSE 1 END`;

  return (
    `(SELECT CASE max(${grade}) WHEN 2 THEN TRUE WHEN 1 THEN NULL ELSE FALSE END` +
    ` FROM ${rows.from} WHERE ${rows.where})`
  );
}

/**
 * `count` over rows: how many rows' tests are TRUE, NULL when any row's
 * is unknown; 0 for no rows.
 *
 * @param rows - The rows, from the fact's `q.related`.
 * @param test - SQL of a boolean over a row.
 * @returns SQL of a whole number.
 */
export function countSql(rows: RelatedRows, test: string): string {
  // 1 for a row that passes, 0 for one that fails, NULL for an unknown
  // one, which count() leaves out.
  const grade = `CASE ${test} WHEN TRUE THEN 1 WHEN FALSE THEN 0 END`;

  return (
    `(SELECT CASE WHEN count(*) > count(${grade}) THEN NULL` +
    ` ELSE count(CASE WHEN ${grade} = 1 THEN 1 END) END` +
    ` FROM ${rows.from} WHERE ${rows.where})`
  );
}

/**
 * How many rows there are.
 *
 * @param rows - The rows, from the fact's `q.related`.
 * @returns SQL of a whole number.
 */
export function rowCountSql(rows: RelatedRows): string {
  return `(SELECT count(*) FROM ${rows.from} WHERE ${rows.where})`;
}
