import { describe, expect, it } from 'vitest';

import { daysSpan, firstDay, lastDay, monthsBeforeDay } from './date-spans.js';

describe('date spans of the follow-up tables', () => {
  it('gives the first and last day a month-only date may be', () => {
    expect(firstDay('2020-09')).toBe('2020-09-01');
    expect(lastDay('2020-02')).toBe('2020-02-29');
    expect(lastDay('2021-02')).toBe('2021-02-28');
    expect(lastDay('2020-09-15')).toBe('2020-09-15');
    expect(lastDay('2020-13')).toBeUndefined();
  });

  it('counts days, as a range when a month-only date leaves them open', () => {
    expect(daysSpan('2020-09-01', '2020-09-16')).toBe(15);
    expect(daysSpan('2020-09-16', '2020-09-01')).toBe(-15);
    expect(daysSpan('2020-09', '2020-10-01')).toEqual({ min: 1, max: 30 });
  });

  it('counts whole months to the day before the end', () => {
    expect(monthsBeforeDay('2019-03-01', '2022-03-01')).toBe(35);
    expect(monthsBeforeDay('2019-03-01', '2022-03-02')).toBe(36);
    expect(monthsBeforeDay('2019-03-01', '2022-03')).toEqual({
      min: 35,
      max: 36,
    });
    // Some day of March to 15 April: a month from 1 March, none from 31.
    expect(monthsBeforeDay('2019-03', '2019-04-16')).toEqual({
      min: 0,
      max: 1,
    });
    expect(monthsBeforeDay('2019-03', '2019-04-01')).toBe(0);
  });
});
