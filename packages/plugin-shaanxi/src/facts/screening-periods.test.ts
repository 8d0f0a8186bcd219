import { describe, expect, it } from 'vitest';

import { screeningPeriods } from './screening-periods.js';

const HALF_MONTHS = [1, 16];

describe('screeningPeriods', () => {
  it('splits a month at the 16th', () => {
    expect(screeningPeriods('2020-09-30', HALF_MONTHS)).toEqual({
      previous: { start: '2020-09-01', end: '2020-09-15' },
      current: { start: '2020-09-16', end: '2020-09-30' },
    });
    expect(screeningPeriods('2020-09-16', HALF_MONTHS)).toEqual({
      previous: { start: '2020-09-01', end: '2020-09-15' },
      current: { start: '2020-09-16', end: '2020-09-30' },
    });
  });

  it('reaches back into the month before from the first half', () => {
    expect(screeningPeriods('2020-09-15', HALF_MONTHS)).toEqual({
      previous: { start: '2020-08-16', end: '2020-08-31' },
      current: { start: '2020-09-01', end: '2020-09-15' },
    });
  });

  it('ends February on its last day, and crosses the year', () => {
    expect(screeningPeriods('2020-03-01', HALF_MONTHS).previous).toEqual({
      start: '2020-02-16',
      end: '2020-02-29',
    });
    expect(screeningPeriods('2021-02-20', HALF_MONTHS).current).toEqual({
      start: '2021-02-16',
      end: '2021-02-28',
    });
    expect(screeningPeriods('2021-01-10', HALF_MONTHS)).toEqual({
      previous: { start: '2020-12-16', end: '2020-12-31' },
      current: { start: '2021-01-01', end: '2021-01-15' },
    });
  });

  it('skips a start day a month lacks', () => {
    // Periods from the 1st and the 31st: September has no 31st, so its
    // period from the 1st runs to 30 September.
    expect(screeningPeriods('2020-09-30', [31, 1])).toEqual({
      previous: { start: '2020-08-31', end: '2020-08-31' },
      current: { start: '2020-09-01', end: '2020-09-30' },
    });
  });

  it('rejects start days outside 1 to 31, and a month-only date', () => {
    expect(() => screeningPeriods('2020-09-30', [])).toThrow(TypeError);
    expect(() => screeningPeriods('2020-09-30', [0, 16])).toThrow(TypeError);
    expect(() => screeningPeriods('2020-09', HALF_MONTHS)).toThrow(TypeError);
  });
});
