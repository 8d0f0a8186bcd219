import {
  type CellResult,
  isBlankCell,
  type RawCell,
  toHalfWidth,
} from './cells.js';

// Shared by every cell that is not a number and says no more.
const NOT_A_NUMBER: CellResult<never> = Object.freeze({
  ok: false,
  reason: 'expected a number',
  code: 'not-a-number',
});

/**
 * Reads a number: thousands separators (commas or spaces, between
 * groups of three digits) and full-width digits are accepted. A blank
 * cell is unknown, never 0.
 *
 * @param raw - The cell.
 * @returns The number, `undefined` for blank, or a reason.
 * @example
 * parseNumber('１２，３４５.５'); // { ok: true, value: 12345.5 }
 */
export function parseNumber(raw: RawCell): CellResult<number> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  if (typeof raw === 'number') return checkStoredNumber(raw);
  // Most cells are plain ASCII decimals of a few digits: nothing to
  // rewrite, and too short to hold more than 15 significant digits.
  if (typeof raw === 'string' && raw.length <= MAX_DIGITS && PLAIN.test(raw))
    return { ok: true, value: Number(raw) };

  // Commas or spaces (a no-break space too) group thousands; anywhere
  // else they part two numbers, as in "1200 800", not one to join.
  const text = toHalfWidth(String(raw)).replace(/[\u00A0\u202F]/g, ' ');
  const plain =
    COMMA_GROUPS.test(text) || SPACE_GROUPS.test(text)
      ? text.replace(/[, ]/g, '')
      : text;
  if (!PLAIN.test(plain)) return whyNotANumber(plain);

  const digits = significantDigits(plain);
  if (digits > MAX_DIGITS) {
    return {
      ok: false,
      reason: `the number has ${digits} significant digits: numbers are read to ${MAX_DIGITS}, as a spreadsheet keeps them, so the rest would be lost; check the amount`,
      code: 'digits-lost',
    };
  }

  return { ok: true, value: Number(plain) };
}

/** The most significant digits a number is read to, as Excel keeps. */
const MAX_DIGITS = 15;

/** A decimal in ASCII digits, with a sign and a point or not. */
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number a workbook or JSON file stored as a number: one past 15 digits
 * (99999999999999999999 arrives as 1e20) or beyond what a double holds
 * (1e400 arrives as Infinity) lost its digits before it was read.
 */
function checkStoredNumber(raw: number): CellResult<number> {
  if (Number.isNaN(raw)) return NOT_A_NUMBER;
  if (Number.isFinite(raw) && Math.abs(raw) < 10 ** MAX_DIGITS)
    return { ok: true, value: raw };

  return {
    ok: false,
    reason: `the number is stored with more than ${MAX_DIGITS} digits, past what a spreadsheet keeps, so its digits are lost; check the amount`,
    code: 'digits-lost',
  };
}

/** Digits from the first non-zero one to the last that counts. */
function significantDigits(plain: string): number {
  const [whole = '', fraction = ''] = plain.replace(/^[-+]/, '').split('.');
  const head = whole.replace(/^0+/, '');
  const tail = fraction.replace(/0+$/, '');

  return head === ''
    ? tail.replace(/^0+/, '').length
    : head.length + tail.length;
}

const EXPONENT = /^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i;
const NUMBER_WORDS =
  /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;
const AROUND_DIGITS = /^([^\d]*)[-+]?[\d.,\s]*\d[\d.,\s]*([^\d]*)$/;

/**
 * Why a text is not a number, in words a clerk can act on: a unit or a
 * currency sign beside the digits, a number in words, an exponent.
 */
function whyNotANumber(text: string): CellResult<never> {
  let why = '';
  if (EXPONENT.test(text)) {
    why = 'an exponent (1e3) is not read; write the number in full digits';
  } else if (!/\d/.test(text) && NUMBER_WORDS.test(text)) {
    why = 'numbers in words are not read; write it in digits';
  } else {
    const [, before = '', after = ''] = AROUND_DIGITS.exec(text.trim()) ?? [];
    const beside = (before + after).trim();
    if (beside !== '' && !/[a-z]/i.test(beside))
      why = `a unit or currency sign (${beside}) is not read; write the number alone`;
  }

  return why === ''
    ? NOT_A_NUMBER
    : { ok: false, reason: `expected a number: ${why}`, code: 'not-a-number' };
}

const COMMA_GROUPS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE_GROUPS = /^[-+]?\d{1,3}( \d{3})+(\.\d+)?$/;

/**
 * Reads a whole number, such as a year or a count.
 *
 * @param raw - The cell.
 * @returns The integer, `undefined` for blank, or a reason.
 */
export function parseInteger(raw: RawCell): CellResult<number> {
  const result = parseNumber(raw);
  if (!result.ok || result.value === undefined) return result;

  return Number.isInteger(result.value)
    ? result
    : {
        ok: false,
        reason: 'expected a whole number',
        code: 'not-a-whole-number',
      };
}

/**
 * Reads a year such as 2020 (a four-digit whole number; 2020年 also works).
 *
 * @param raw - The cell.
 * @returns The year, `undefined` for blank, or a reason.
 */
export function parseYear(raw: RawCell): CellResult<number> {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    return { ok: true, value: raw.getUTCFullYear() };
  }

  const text = typeof raw === 'string' ? raw.replace(/年\s*$/, '') : raw;
  const result = parseInteger(text);
  if (!result.ok || result.value === undefined) return result;

  return result.value >= 1900 && result.value <= 2100
    ? result
    : {
        ok: false,
        reason: 'expected a year from 1900 to 2100',
        code: 'out-of-range',
      };
}
