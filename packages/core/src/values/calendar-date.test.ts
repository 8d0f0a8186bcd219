import {
  addDays,
  ageOn,
  compareDates,
  datePartsOf,
  daysBetween,
  isCalendarDate,
  monthsBetween,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('isCalendarDate', () => {
  it('accepts real days and months and refuses impossible ones', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2020-09')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2020-04-31')).toBe(false);
    expect(isCalendarDate('2020-13')).toBe(false);
    expect(isCalendarDate('2020-9-1')).toBe(false);
  });
});

describe('ageOn', () => {
  it('counts full years, the birthday itself completing a year', () => {
    expect(ageOn('2014-09-30', '2020-09-30')).toBe(6);
    expect(ageOn('2014-10-01', '2020-09-30')).toBe(5);
    // 15 years and 364 days: born 2004-10-01, one day before the 16th birthday.
    expect(ageOn('2004-10-01', '2020-09-30')).toBe(15);
    expect(ageOn('2004-09-30', '2020-09-30')).toBe(16);
  });

  it('lets a 29 February birthday fall on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2021-02-28')).toBe(16);
    expect(ageOn('2004-02-29', '2021-03-01')).toBe(17);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
  });

  it('gives a newborn of 11 months age 0', () => {
    expect(ageOn('2019-10-15', '2020-09-30')).toBe(0);
  });

  it('is unknown inside the birth month of a month-precision birth date until its last day', () => {
    expect(ageOn('2014-09', '2020-09-15')).toBeUndefined();
    expect(ageOn('2014-09', '2020-09-30')).toBe(6);
    expect(ageOn('2014-09', '2020-10-01')).toBe(6);
    expect(ageOn('2014-09', '2020-08-31')).toBe(5);
    // Born some day of February 2004 (29 days): on 2021-02-28 someone born
    // on the 29th is not yet 17, so the age is not certain.
    expect(ageOn('2004-02', '2021-02-28')).toBeUndefined();
    expect(ageOn('2004-02', '2024-02-29')).toBe(20);
  });
});

describe('monthsBetween', () => {
  it('counts a month complete on the same day of a later month', () => {
    expect(monthsBetween('2020-03-15', '2020-09-14')).toBe(5);
    expect(monthsBetween('2020-03-15', '2020-09-15')).toBe(6);
  });

  it('lets the last day of a short month complete the month', () => {
    expect(monthsBetween('2020-01-31', '2020-02-29')).toBe(1);
    expect(monthsBetween('2020-01-31', '2020-02-28')).toBe(0);
  });

  it('is unknown when the missing day of a month-only date decides', () => {
    // 2020-03-01 to 2020-09-14 is 6 months, 2020-03-30 to it only 5.
    expect(monthsBetween('2020-03', '2020-09-14')).toBeUndefined();
    // Any day of March to 30 September completes six months (the 31st
    // counts as complete on the 30th, the last day of September).
    expect(monthsBetween('2020-03', '2020-09-30')).toBe(6);
    expect(monthsBetween('2020-03', '2020-03-31')).toBe(0);
    expect(monthsBetween('2020-08', '2020-09-14')).toBeUndefined();
  });
});

describe('compareDates', () => {
  it('orders days and is unknown where a month overlaps a day', () => {
    expect(compareDates('2020-08-31', '2020-09-01')).toBe(-1);
    expect(compareDates('2020-09', '2020-09-15')).toBeUndefined();
    expect(compareDates('2020-09', '2020-10-01')).toBe(-1);
    expect(compareDates('2020-09', '2020-09')).toBe(0);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-09-30', -30)).toBe('2020-08-31');
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(datePartsOf('1970-01-01')).toEqual({ year: 1970, month: 1, day: 1 });
  });
});

describe('ranges from month-only dates', () => {
  it('give the age as a range inside the birth month', async () => {
    const { ageRangeOn, monthsRangeBetween } = await import('@duibiao/core');

    expect(ageRangeOn('2010-09', '2020-09-15')).toEqual({ min: 9, max: 10 });
    expect(ageRangeOn('2010-09', '2020-09-30')).toBe(10);
    expect(monthsRangeBetween('2020-03', '2020-09-14')).toEqual({
      min: 5,
      max: 6,
    });
    expect(monthsRangeBetween('2020-06', '2020-09-29')).toEqual({
      min: 2,
      max: 3,
    });
  });
});

describe('dates out of order', () => {
  it('give no age to someone born after the reference date', async () => {
    const { ageRangeOn } = await import('@duibiao/core');

    expect(ageOn('2020-10-01', '2020-09-30')).toBeUndefined();
    expect(ageRangeOn('2020-09', '2020-09-15')).toBeUndefined();
    expect(ageOn('2020-09-30', '2020-09-30')).toBe(0);
  });
});
