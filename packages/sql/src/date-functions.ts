/**
 * SQL of date arithmetic that every dialect writes the same way once it
 * knows how its engine reads a DATE's parts.
 */

/** How one engine reads the parts of a DATE. */
export interface DatePartsSql {
  /** The year, as a number. */
  year(date: string): string;
  /** The month, 1 to 12. */
  month(date: string): string;
  /** The day of the month. */
  day(date: string): string;
  /** The last day of the month, as a DATE. */
  lastDayOfMonth(date: string): string;
}

/**
 * Whole months from one DATE to another as core's `monthsRangeBetween`
 * counts them between two days: the month is complete on the same day of
 * a later month, or on that month's last day when it is too short to
 * have the day; negative when `to` is earlier.
 *
 * @param parts - The engine's date parts.
 * @param from - The earlier DATE.
 * @param to - The later DATE.
 * @returns An integer SQL expression, NULL when a date is NULL.
 * @example
 * wholeMonths(parts, "DATE '2020-01-31'", "DATE '2020-02-29'"); // 1
 */
export function wholeMonths(
  parts: DatePartsSql,
  from: string,
  to: string,
): string {
  const { year, month, day } = parts;
  const months =
    `((${year(to)} - ${year(from)}) * 12` + ` + ${month(to)} - ${month(from)})`;
  // 31 January to 29 February is one month: February has no 31st.
  const monthEnd = `${to} = ${parts.lastDayOfMonth(to)}`;

  return (
    `(${months} - CASE` +
    ` WHEN ${months} > 0 AND ${day(to)} < ${day(from)} AND NOT (${monthEnd})` +
    ` THEN 1 WHEN ${months} < 0 AND ${day(to)} > ${day(from)}` +
    ` THEN -1 ELSE 0 END)`
  );
}

/**
 * The power of ten a number is scaled by to round it to some decimals,
 * as an integer literal.
 *
 * @param decimals - Decimals, 0 to 15.
 * @returns `10 ** decimals`, written out.
 * @throws {RangeError} For a number of decimals that is not 0 to 15.
 */
export function decimalScale(decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15)
    throw new RangeError(
      `expected 0 to 15 decimals (a power of ten a double holds exactly), received ${decimals}`,
    );

  return String(10 ** decimals);
}
