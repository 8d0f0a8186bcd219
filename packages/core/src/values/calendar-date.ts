import { type NumberRange, numberOrRange } from './number-range.js';

/**
 * A date on the calendar with no time and no time zone: `YYYY-MM-DD`, or
 * `YYYY-MM` when only the month is known (month precision).
 *
 * Dates are kept as strings so that they survive JSON, spreadsheets and
 * time-zone changes unchanged.
 */
export type CalendarDate = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** The parts of a calendar date; `day` is absent at month precision. */
export interface DateParts {
  /** The year, such as 2020. */
  year: number;
  /** The month, 1 to 12. */
  month: number;
  /** The day of the month, 1 to 31; absent for a month-only date. */
  day?: number;
}

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @param year - A four-digit year.
 * @returns `true` for leap years.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - The year, for February.
 * @param month - The month, 1 to 12.
 * @returns 28 to 31.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;

  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a calendar date into its parts.
 *
 * @param date - A `YYYY-MM-DD` or `YYYY-MM` string.
 * @returns The parts, or `undefined` when the string is not a real date.
 * @example
 * datePartsOf('2020-02-29'); // { year: 2020, month: 2, day: 29 }
 * datePartsOf('2023-02-29'); // undefined
 */
export function datePartsOf(date: string): DateParts | undefined {
  // Checks read the same few thousand birth and reference dates over and
  // over; parsing each once keeps the regular expressions off the hot path.
  const known = partsCache.get(date);
  if (known !== undefined) return known ?? undefined;

  const parts = parseDateParts(date);
  if (partsCache.size >= CACHE_LIMIT) partsCache.clear();
  partsCache.set(date, parts ? Object.freeze(parts) : null);

  return parts;
}

const CACHE_LIMIT = 100_000;
const partsCache = new Map<string, Readonly<DateParts> | null>();

function parseDateParts(date: string): DateParts | undefined {
  const day = DAY_PATTERN.exec(date);
  const month = day ? undefined : MONTH_PATTERN.exec(date);
  const match = day ?? month;
  if (!match) return undefined;

  const parts: DateParts = { year: Number(match[1]), month: Number(match[2]) };
  if (day) parts.day = Number(day[3]);

  return isValidParts(parts) ? parts : undefined;
}

/**
 * Whether a value is a real calendar date string.
 *
 * @param value - Anything.
 * @returns `true` for `YYYY-MM-DD` or `YYYY-MM` naming a real date.
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && datePartsOf(value) !== undefined;
}

/**
 * Whether a date is known to the day.
 *
 * @param date - A calendar date.
 * @returns `false` for month-precision dates.
 */
export function hasDay(date: CalendarDate): boolean {
  return DAY_PATTERN.test(date);
}

/**
 * Builds a calendar date string from its parts.
 *
 * @param parts - Year, month and optional day; they are not validated.
 * @returns `YYYY-MM-DD`, or `YYYY-MM` without a day.
 */
export function formatDateParts(parts: DateParts): CalendarDate {
  const month = `${pad(parts.year, 4)}-${pad(parts.month, 2)}`;

  return parts.day === undefined ? month : `${month}-${pad(parts.day, 2)}`;
}

/**
 * Whether the parts name a real date in the Gregorian calendar.
 *
 * @param parts - Year, month and optional day.
 * @returns `false` for month 13, 31 April, 29 February 2023 and the like.
 */
export function isValidParts(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;

  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whole months from one date to another, for durations such as "six months
 * after being identified".
 *
 * When both dates are known to the day a month is complete on the same day
 * of a later month, or on the last day of a month too short to have that
 * day (31 January to 29 February 2020 is one month). A date known only to
 * the month may be any day of it: the result is given when every such day
 * gives the same count, and is unknown otherwise.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns Whole months, negative when `to` is earlier; `undefined` when a
 * date is not valid.
 * @example
 * monthsBetween('2020-03-15', '2020-09-14'); // 5
 * monthsBetween('2020-03', '2020-09-14'); // 6
 */
export function monthsBetween(
  from: CalendarDate,
  to: CalendarDate,
): number | undefined {
  const months = monthsRangeBetween(from, to);

  return typeof months === 'number' ? months : undefined;
}

/**
 * Whole months from one date to another, as a range when a month-only date
 * leaves the count open (see {@link monthsBetween}).
 *
 * @param from - The earlier date, to the day or the month.
 * @param to - The later date, to the day or the month.
 * @returns Whole months, `{ min, max }`, or `undefined` for invalid dates.
 * @example
 * monthsRangeBetween('2020-03', '2020-09-14'); // { min: 5, max: 6 }
 */
export function monthsRangeBetween(
  from: CalendarDate,
  to: CalendarDate,
): number | NumberRange | undefined {
  const a = datePartsOf(from);
  const b = datePartsOf(to);
  if (!a || !b) return undefined;

  // Whole months grow with the later date and shrink with the earlier, so
  // the extremes come from the ends of the months.
  const fewest = fullMonths(lastDayOf(a), firstDayOf(b));
  const most = fullMonths(firstDayOf(a), lastDayOf(b));

  return numberOrRange(fewest, most);
}

function fullMonths(a: Required<DateParts>, b: Required<DateParts>): number {
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day && !isLastDayShortfall(a, b)) {
    return months - 1;
  }
  if (months < 0 && b.day > a.day) return months + 1;

  return months;
}

function firstDayOf(parts: DateParts): Required<DateParts> {
  return { year: parts.year, month: parts.month, day: parts.day ?? 1 };
}

function lastDayOf(parts: DateParts): Required<DateParts> {
  const day = parts.day ?? daysInMonth(parts.year, parts.month);

  return { year: parts.year, month: parts.month, day };
}

/**
 * Compares two calendar dates.
 *
 * A month-precision date stands for every day of its month, so it compares
 * as unknown (`undefined`) with a day inside that month.
 *
 * @param a - First date.
 * @param b - Second date.
 * @returns -1, 0 or 1; `undefined` when the order cannot be told.
 */
export function compareDates(
  a: CalendarDate,
  b: CalendarDate,
): -1 | 0 | 1 | undefined {
  const x = datePartsOf(a);
  const y = datePartsOf(b);
  if (!x || !y) return undefined;

  const byMonth = x.year * 12 + x.month - (y.year * 12 + y.month);
  if (byMonth !== 0) return byMonth < 0 ? -1 : 1;
  if (x.day === undefined && y.day === undefined) return 0;
  if (x.day === undefined || y.day === undefined) return undefined;

  return x.day === y.day ? 0 : x.day < y.day ? -1 : 1;
}

/**
 * Adds days to a date known to the day.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param days - Days to add; negative to go back.
 * @returns The new date, or `undefined` for an invalid or month-only date.
 */
export function addDays(
  date: CalendarDate,
  days: number,
): CalendarDate | undefined {
  const parts = datePartsOf(date);
  if (!parts || parts.day === undefined) return undefined;

  const serial = dayNumber(parts) + days;

  return formatDateParts(fromDayNumber(serial));
}

/**
 * Days since 1970-01-01 for a date known to the day, computed in whole
 * days so that no time zone can move it.
 *
 * @param parts - A date with its day.
 * @returns The day number.
 */
export function dayNumber(parts: DateParts): number {
  const { year, month } = parts;
  const day = parts.day ?? 1;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shifted = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shifted + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;

  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date of a day number (days since 1970-01-01).
 *
 * @param days - A day number.
 * @returns Year, month and day.
 */
export function fromDayNumber(days: number): Required<DateParts> {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra -
    (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

  return { year, month, day };
}

/**
 * Days from one date to another, both known to the day.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns Whole days, or `undefined` when a date lacks its day.
 */
export function daysBetween(
  from: CalendarDate,
  to: CalendarDate,
): number | undefined {
  const a = datePartsOf(from);
  const b = datePartsOf(to);
  if (!a?.day || !b?.day) return undefined;

  return dayNumber(b) - dayNumber(a);
}

function isLastDayShortfall(a: DateParts, b: DateParts): boolean {
  // 31 January to 29 February (leap) or 28 February: the later month has
  // no day 31, so its last day completes the month. This keeps "one month
  // after the 31st" meaningful in short months.
  return b.day === daysInMonth(b.year, b.month) && (a.day ?? 0) > b.day;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar date a clock shows where the program runs: the date of
 * `now` in the local time zone (the `TZ` environment variable when it is
 * set, the browser's zone in a browser). The one place duibiao reads a
 * date in local time; every date of the data is a calendar date that no
 * zone shifts.
 *
 * @param now - The moment to take the date of.
 * @default now the current time
 * @returns The date, `YYYY-MM-DD`.
 * @example
 * // With TZ=Asia/Shanghai:
 * localDate(new Date('2020-09-30T16:30:00Z')); // '2020-10-01'
 */
export function localDate(now: Date = new Date()): CalendarDate {
  return formatDateParts({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  });
}
