import {
  addDays,
  type CalendarDate,
  datePartsOf,
  daysInMonth,
} from '@duibiao/core';

/** A screening period: its first and last day, both included. */
export interface ScreeningPeriod {
  start: CalendarDate;
  end: CalendarDate;
}

/** The period a reference date falls in, and the one before it. */
export interface ScreeningPeriods {
  previous: ScreeningPeriod;
  current: ScreeningPeriod;
}

/**
 * The screening period a reference date falls in, and the period before
 * it. Periods start on the given days of each month and run to the day
 * before the next start: with `[1, 16]`, the 1st–15th and the 16th to the
 * month's end. A start day a month lacks (31 in September) is skipped.
 *
 * @param asOf - The reference date, `YYYY-MM-DD`.
 * @param startDays - Days of the month on which periods start.
 * @returns The current and the previous period.
 * @throws {TypeError} When `startDays` holds no whole day of 1 to 31, or
 * `asOf` is not known to the day.
 * @example
 * screeningPeriods('2020-09-30', [1, 16]);
 * // { previous: { start: '2020-09-01', end: '2020-09-15' },
 * //   current: { start: '2020-09-16', end: '2020-09-30' } }
 */
export function screeningPeriods(
  asOf: CalendarDate,
  startDays: readonly number[],
): ScreeningPeriods {
  const parts = datePartsOf(asOf);
  if (parts?.day === undefined) {
    throw new TypeError(`expected a YYYY-MM-DD date, not ${asOf}`);
  }
  const days = [...new Set(startDays)].sort((a, b) => a - b);
  if (days.length === 0 || !days.every(isDayOfMonth)) {
    throw new TypeError(
      `expected screening periods to start on days 1 to 31, not ${JSON.stringify(startDays)}`,
    );
  }

  // Three months back hold at least two starts before the reference date,
  // and two months ahead the start that ends the current period, even
  // when every start is a day some months lack (31).
  const starts: CalendarDate[] = [];
  for (let shift = -3; shift <= 2; shift += 1) {
    const month = (parts.month - 1 + shift + 12) % 12;
    const year = parts.year + Math.floor((parts.month - 1 + shift) / 12);
    for (const day of days) {
      if (day <= daysInMonth(year, month + 1))
        starts.push(`${year}-${pad(month + 1)}-${pad(day)}`);
    }
  }
  let at = 0;
  while (at + 1 < starts.length && (starts[at + 1] as string) <= asOf) at += 1;

  return {
    previous: period(starts, at - 1),
    current: period(starts, at),
  };
}

function period(starts: readonly CalendarDate[], at: number): ScreeningPeriod {
  const start = starts[at] as CalendarDate;
  const next = starts[at + 1] as CalendarDate;

  return { start, end: addDays(next, -1) as CalendarDate };
}

function isDayOfMonth(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
