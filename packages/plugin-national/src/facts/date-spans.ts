import {
  addDays,
  type CalendarDate,
  datePartsOf,
  daysBetween,
  daysInMonth,
  monthsRangeBetween,
  type NumberRange,
  numberOrRange,
} from '@duibiao/core';

/**
 * Spans between dates of the follow-up tables, where a date known only to
 * the month (2020-09) may be any day of it: each span is a number when
 * every such day gives the same answer, else a range `{ min, max }`.
 */

/**
 * The first day a date may be.
 *
 * @param date - A date to the day or the month.
 * @returns `YYYY-MM-DD`, or `undefined` for an invalid date.
 * @example
 * firstDay('2020-09'); // '2020-09-01'
 */
export function firstDay(date: CalendarDate): CalendarDate | undefined {
  const parts = datePartsOf(date);
  if (!parts) return undefined;

  return parts.day === undefined ? `${date}-01` : date;
}

/**
 * The last day a date may be.
 *
 * @param date - A date to the day or the month.
 * @returns `YYYY-MM-DD`, or `undefined` for an invalid date.
 * @example
 * lastDay('2020-02'); // '2020-02-29'
 */
export function lastDay(date: CalendarDate): CalendarDate | undefined {
  const parts = datePartsOf(date);
  if (!parts) return undefined;
  if (parts.day !== undefined) return date;

  const day = daysInMonth(parts.year, parts.month);
  return `${date}-${String(day).padStart(2, '0')}`;
}

/**
 * Days from one date to another: `to` minus `from`.
 *
 * @param from - The earlier date, to the day or the month.
 * @param to - The later date, to the day or the month.
 * @returns Days, negative when `to` is earlier; a range when a month-only
 * date leaves it open; `undefined` for an invalid date.
 * @example
 * daysSpan('2020-09-01', '2020-09-16'); // 15
 * daysSpan('2020-09', '2020-10-01'); // { min: 1, max: 30 }
 */
export function daysSpan(
  from: CalendarDate,
  to: CalendarDate,
): number | NumberRange | undefined {
  const [early, late] = [firstDay(from), lastDay(from)];
  const [soon, later] = [firstDay(to), lastDay(to)];
  if (!early || !late || !soon || !later) return undefined;

  const fewest = daysBetween(late, soon);
  const most = daysBetween(early, later);
  if (fewest === undefined || most === undefined) return undefined;

  return numberOrRange(fewest, most);
}

/**
 * Whole months from one date to the day before another: a span longer
 * than N months is this ≥ N, so a loan from 2019-03-01 due 2022-03-01
 * (exactly 36 months) gives 35 and one due a day later gives 36.
 *
 * @param from - The start, to the day or the month.
 * @param to - The end, to the day or the month.
 * @returns Whole months, a range when a month-only date leaves it open,
 * or `undefined` for an invalid date.
 */
export function monthsBeforeDay(
  from: CalendarDate,
  to: CalendarDate,
): number | NumberRange | undefined {
  const soon = firstDay(to);
  const later = lastDay(to);
  const early = soon && addDays(soon, -1);
  const late = later && addDays(later, -1);
  if (!early || !late) return undefined;

  const fewest = monthsRangeBetween(from, early);
  const most = monthsRangeBetween(from, late);
  if (fewest === undefined || most === undefined) return undefined;

  return numberOrRange(lowest(fewest), highest(most));
}

/**
 * The smallest value of a number or range.
 *
 * @param value - A number or a range.
 * @returns The number, or the range's `min`.
 */
export function lowest(value: number | NumberRange): number {
  return typeof value === 'number' ? value : value.min;
}

/**
 * The largest value of a number or range.
 *
 * @param value - A number or a range.
 * @returns The number, or the range's `max`.
 */
export function highest(value: number | NumberRange): number {
  return typeof value === 'number' ? value : value.max;
}
