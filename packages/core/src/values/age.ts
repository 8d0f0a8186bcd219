import {
  type CalendarDate,
  datePartsOf,
  type DateParts,
  daysInMonth,
  isLeapYear,
} from './calendar-date.js';
import { type NumberRange, numberOrRange } from './number-range.js';

/**
 * Full years of age on a date.
 *
 * Someone born on 29 February completes each year on 1 March in common
 * years, the day after 28 February. With a month-precision birth date the
 * age is unknown during the birth month itself.
 *
 * @param birth - Date of birth.
 * @param on - The date the age is taken at (the reference date).
 * @returns Whole years, or `undefined` when the dates cannot tell.
 * @example
 * ageOn('2014-09-30', '2020-09-30'); // 6
 * ageOn('2004-02-29', '2021-02-28'); // 16
 * ageOn('2004-02-29', '2021-03-01'); // 17
 */
export function ageOn(
  birth: CalendarDate,
  on: CalendarDate,
): number | undefined {
  const age = ageRangeOn(birth, on);

  return typeof age === 'number' ? age : undefined;
}

/**
 * Full years of age on a date, as a range when a month-only birth date
 * leaves it open: born some day of September 2010, someone is 9 or 10 on
 * 2020-09-15.
 *
 * @param birth - Date of birth, to the day or the month.
 * @param on - The date the age is taken at, to the day.
 * @returns Whole years, `{ min, max }`, or `undefined` for invalid dates.
 * @example
 * ageRangeOn('2010-09', '2020-09-15'); // { min: 9, max: 10 }
 * ageRangeOn('2010-09', '2020-09-30'); // 10
 */
export function ageRangeOn(
  birth: CalendarDate,
  on: CalendarDate,
): number | NumberRange | undefined {
  // Ages are taken on one reference date per check, of birth dates that
  // repeat: remember them for the last date asked about.
  if (on !== agesOn) {
    agesOn = on;
    ages.clear();
  }
  const known = ages.get(birth);
  if (known !== undefined) return known ?? undefined;

  const age = computeAgeRange(birth, on);
  if (ages.size >= AGES_KEPT) ages.clear();
  ages.set(birth, typeof age === 'object' ? Object.freeze(age) : (age ?? null));

  return age;
}

const AGES_KEPT = 100_000;
let agesOn: string | undefined;
const ages = new Map<string, number | Readonly<NumberRange> | null>();

function computeAgeRange(
  birth: CalendarDate,
  on: CalendarDate,
): number | NumberRange | undefined {
  const born = datePartsOf(birth);
  const at = datePartsOf(on);
  if (!born || !at || at.day === undefined) return undefined;

  const years = at.year - born.year;
  const age = (() => {
    if (at.month !== born.month)
      return at.month > born.month ? years : years - 1;
    if (born.day !== undefined) {
      return at.day >= birthdayIn(born, at.year) ? years : years - 1;
    }

    // Born some day of this month: born on the 1st, the birthday has come;
    // born on the last day, it may not have.
    const last = { ...born, day: daysInMonth(born.year, born.month) };
    return numberOrRange(
      at.day >= birthdayIn(last, at.year) ? years : years - 1,
      years,
    );
  })();

  // Born after the date: there is no age yet, which only a wrong birth date
  // or reference date can cause. Unknown, rather than a negative age.
  const youngest = typeof age === 'number' ? age : age.min;
  if (youngest < 0) return undefined;

  return age;
}

function birthdayIn(born: DateParts, year: number): number {
  // Born on 29 February: in a common year the birthday falls on 1 March,
  // which compares as "day 29 of February" not yet reached on the 28th.
  if (born.month === 2 && born.day === 29 && !isLeapYear(year)) return 29;

  return born.day ?? 1;
}
