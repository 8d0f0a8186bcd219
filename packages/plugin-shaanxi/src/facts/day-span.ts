import { type CalendarDate, datePartsOf, daysInMonth } from '@duibiao/core';

/** The first and last day a calendar date may stand for. */
export interface DaySpan {
  first: CalendarDate;
  last: CalendarDate;
}

/**
 * The days a date may stand for: a date known to the day is that day; a
 * month-precision date (`2020-09`) is any day of its month.
 *
 * @param date - A cell's value.
 * @returns The first and last day, or `undefined` when the value is not
 * a calendar date (blank or invalid).
 * @example
 * daySpan('2020-09'); // { first: '2020-09-01', last: '2020-09-30' }
 */
export function daySpan(date: unknown): DaySpan | undefined {
  if (typeof date !== 'string') return undefined;
  const parts = datePartsOf(date);
  if (!parts) return undefined;

  if (parts.day !== undefined) return { first: date, last: date };
  const end = daysInMonth(parts.year, parts.month);

  return { first: `${date}-01`, last: `${date}-${end}` };
}

/**
 * Whether a date is on or after a day, in three values: a month-precision
 * date that straddles the day is unknown.
 *
 * @param date - A cell's value.
 * @param day - A `YYYY-MM-DD` date.
 * @returns `true`, `false`, or `undefined` when it cannot be told.
 */
export function onOrAfter(
  date: unknown,
  day: CalendarDate,
): boolean | undefined {
  const span = daySpan(date);
  if (!span) return undefined;

  if (span.first >= day) return true;
  return span.last < day ? false : undefined;
}

/**
 * Whether a date is on or before a day, in three values (see
 * {@link onOrAfter}).
 *
 * @param date - A cell's value.
 * @param day - A `YYYY-MM-DD` date.
 * @returns `true`, `false`, or `undefined` when it cannot be told.
 */
export function onOrBefore(
  date: unknown,
  day: CalendarDate,
): boolean | undefined {
  const span = daySpan(date);
  if (!span) return undefined;

  if (span.last <= day) return true;
  return span.first > day ? false : undefined;
}
