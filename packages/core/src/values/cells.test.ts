import {
  isBlankCell,
  parseBoolean,
  parseDate,
  parseList,
  parseNumber,
  parseText,
  parseYear,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

const value = (v: unknown) => ({ ok: true, value: v });

describe('parseBoolean', () => {
  it('reads every accepted spelling', () => {
    for (const word of [
      '是',
      'Y',
      'y',
      'yes',
      'TRUE',
      'true',
      '1',
      '有',
      ' 是 ',
    ]) {
      expect(parseBoolean(word)).toEqual(value(true));
    }
    for (const word of ['否', 'N', 'no', 'False', '0', '无', '０']) {
      expect(parseBoolean(word)).toEqual(value(false));
    }
  });

  it('keeps blank unknown and refuses words that are not yes or no', () => {
    expect(parseBoolean('')).toEqual(value(undefined));
    expect(parseBoolean('  ')).toEqual(value(undefined));
    expect(parseBoolean(null)).toEqual(value(undefined));
    expect(parseBoolean('不详').ok).toBe(false);
    expect(parseBoolean('2').ok).toBe(false);
  });
});

describe('parseNumber', () => {
  it('reads thousands separators and full-width digits; blank is unknown, not 0', () => {
    expect(parseNumber('12,345.5')).toEqual(value(12345.5));
    expect(parseNumber('１２３４')).toEqual(value(1234));
    expect(parseNumber('１，２３４')).toEqual(value(1234));
    expect(parseNumber('-300')).toEqual(value(-300));
    expect(parseNumber('0')).toEqual(value(0));
    expect(parseNumber('')).toEqual(value(undefined));
    expect(parseNumber(3500)).toEqual(value(3500));
  });

  it('refuses text, misplaced separators and non-finite numbers', () => {
    expect(parseNumber('三千').ok).toBe(false);
    expect(parseNumber('12,34').ok).toBe(false);
    expect(parseNumber('3500元').ok).toBe(false);
    expect(parseNumber(Number.NaN).ok).toBe(false);
  });

  it('refuses a number past 15 significant digits as digits lost, text or stored', () => {
    const lost = { ok: false, code: 'digits-lost' };

    expect(parseNumber('99999999999999999999')).toMatchObject({
      ...lost,
      reason: expect.stringContaining('20 significant digits') as string,
    });
    expect(parseNumber('1234567890.123456')).toMatchObject(lost);
    expect(parseNumber(1e20)).toMatchObject(lost);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toMatchObject(lost);
  });

  it('reads 15 significant digits, and zeros that do not count', () => {
    expect(parseNumber('999999999999999')).toEqual(value(999999999999999));
    expect(parseNumber('0.000000000000000123')).toEqual(value(1.23e-16));
    expect(parseNumber('5200.000000000000000')).toEqual(value(5200));
  });

  it('says why a unit, a currency sign, words or an exponent are not read', () => {
    const reason = (cell: string) =>
      (parseNumber(cell) as { reason: string }).reason;

    expect(reason('12元')).toBe(
      'expected a number: a unit or currency sign (元) is not read; write the number alone',
    );
    expect(reason('¥5200')).toContain('currency sign (¥) is not read');
    expect(reason('一万')).toContain('numbers in words are not read');
    expect(reason('1e3')).toContain('an exponent (1e3) is not read');
    expect(reason('12,34')).toBe('expected a number');
    expect(reason('12abc')).toBe('expected a number');
  });
});

describe('parseDate', () => {
  it('reads every listed form', () => {
    expect(parseDate('2020-09-01')).toEqual(value('2020-09-01'));
    expect(parseDate('2020/09/01')).toEqual(value('2020-09-01'));
    expect(parseDate('2020/9/1')).toEqual(value('2020-09-01'));
    expect(parseDate('20200901')).toEqual(value('2020-09-01'));
    expect(parseDate('2020-09')).toEqual(value('2020-09'));
    expect(parseDate('202009')).toEqual(value('2020-09'));
    expect(parseDate('2020年9月1日')).toEqual(value('2020-09-01'));
    expect(parseDate('２０２０－０９－０１')).toEqual(value('2020-09-01'));
  });

  it('reads Excel serial dates, with 1900 counted as Excel counts it', () => {
    // 43831 days after 1899-12-30 is 2020-01-01; 59 is 1900-02-28, 61 is
    // 1900-03-01, and 60 is Excel's non-existent 1900-02-29.
    expect(parseDate(43831)).toEqual(value('2020-01-01'));
    expect(parseDate('43831')).toEqual(value('2020-01-01'));
    expect(parseDate(44104.75)).toEqual(value('2020-09-30'));
    expect(parseDate(59)).toEqual(value('1900-02-28'));
    expect(parseDate(61)).toEqual(value('1900-03-01'));
    expect(parseDate(60).ok).toBe(false);
  });

  it('reads compact dates and year.month typed into a workbook as numbers', () => {
    expect(parseDate(202003)).toEqual(value('2020-03'));
    expect(parseDate(20200315)).toEqual(value('2020-03-15'));
    expect(parseDate(2020.03)).toEqual(value('2020-03'));
    expect(parseDate(2020.1)).toEqual(value('2020-10'));
    expect(parseDate(2020)).toEqual({
      ok: false,
      reason: '2020 is a year, not a date',
      code: 'not-a-date',
    });
    expect(parseDate(20230229).ok).toBe(false);
  });

  it('drops a midnight time, as Excel writes datetimes to CSV, and refuses another time', () => {
    expect(parseDate('2020/9/1 0:00')).toEqual(value('2020-09-01'));
    expect(parseDate('2020-09-01 00:00:00')).toEqual(value('2020-09-01'));
    expect(parseDate('2020-09-01 08:30')).toEqual({
      ok: false,
      reason: '2020-09-01 08:30 has a time of day; a date is expected',
      code: 'not-a-date',
    });
  });

  it('reads a workbook Date by its UTC day', () => {
    expect(parseDate(new Date(Date.UTC(2020, 8, 30)))).toEqual(
      value('2020-09-30'),
    );
  });

  it('rejects impossible dates with a reason that says why', () => {
    expect(parseDate('2023-02-29')).toEqual({
      ok: false,
      reason: '2023-02-29 is not a date: 2023-02 has 28 days',
      code: 'invalid-date',
    });
    expect(parseDate('2020-13-01')).toMatchObject({ code: 'invalid-date' });
    expect(parseDate('2020')).toMatchObject({ code: 'not-a-date' });
    expect(parseDate('去年')).toMatchObject({ code: 'not-a-date' });
  });
});

describe('parseList and parseYear', () => {
  it('splits on every separator and keeps blank unknown', () => {
    expect(
      parseList('产业帮扶;就业帮扶；健康帮扶,教育帮扶，雨露计划、综合保障'),
    ).toEqual(
      value([
        '产业帮扶',
        '就业帮扶',
        '健康帮扶',
        '教育帮扶',
        '雨露计划',
        '综合保障',
      ]),
    );
    expect(parseList('')).toEqual(value(undefined));
    expect(parseYear('2020年')).toEqual(value(2020));
    expect(parseYear('20').ok).toBe(false);
  });
});

describe('zero-width characters', () => {
  // Pasted from web pages and chats; Excel shows nothing for them.
  const zw = '\u200b';

  it('are no part of a value', () => {
    expect(parseNumber(`5200${zw}`)).toEqual(value(5200));
    expect(parseBoolean(`${zw}否`)).toEqual(value(false));
    expect(parseDate(`1980-01-01${zw}`)).toEqual(value('1980-01-01'));
    expect(parseText(`H${zw}1\u2060`)).toEqual(value('H1'));
  });

  it('alone make a blank cell', () => {
    expect(isBlankCell(`${zw}\u200d `)).toBe(true);
    expect(isBlankCell(`${zw}x`)).toBe(false);
    expect(parseNumber(zw)).toEqual(value(undefined));
  });
});

describe('spaces inside a number', () => {
  it('group thousands, and part two numbers anywhere else', () => {
    expect(parseNumber('1 200')).toEqual(value(1200));
    expect(parseNumber('-12\u00a0345.5')).toEqual(value(-12345.5));
    expect(parseNumber('1200 800').ok).toBe(false);
    expect(parseNumber('3 4').ok).toBe(false);
    expect(parseNumber('1,200 300').ok).toBe(false);
  });
});
