import type { CellErrorCode } from './cell-error-code.js';
import {
  type CalendarDate,
  daysInMonth,
  formatDateParts,
  fromDayNumber,
  isValidParts,
} from './calendar-date.js';

/**
 * What a spreadsheet cell may hold once read: text from CSV, or the typed
 * value a workbook stores. `null` and `undefined` are empty cells.
 */
export type RawCell = string | number | boolean | Date | null | undefined;

/** The result of reading one cell: a value, or the reason it is not one. */
export type CellResult<T> =
  | {
      /** The cell was read. */
      ok: true;
      /** Its value; `undefined` for a blank cell. */
      value: T | undefined;
    }
  | {
      /** The cell cannot be read. */
      ok: false;
      /** Why, in English, for rejected.jsonl. */
      reason: string;
      /** Why, as a stable code that summaries count by. */
      code: CellErrorCode;
    };

/** The words a yes/no cell reads as yes, in half width and lower case. */
export const TRUE_WORDS: ReadonlySet<string> = new Set([
  '是',
  'y',
  'yes',
  'true',
  '1',
  '有',
]);

/** The words a yes/no cell reads as no, in half width and lower case. */
export const FALSE_WORDS: ReadonlySet<string> = new Set([
  '否',
  'n',
  'no',
  'false',
  '0',
  '无',
]);
const LIST_SEPARATORS = /[;；,，、]/;

/**
 * Whether a raw cell is blank: empty, or only spaces (including the
 * full-width space U+3000).
 *
 * @param raw - The cell.
 * @returns `true` for an empty cell.
 */
export function isBlankCell(raw: RawCell): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;

  // A cell of zero-width spaces alone looks empty in Excel; only a cell
  // that starts with one can be such, so others are spared the replace.
  const text = raw.trim();
  return (
    text === '' ||
    (ZERO_WIDTH.test(text[0] as string) &&
      text.replace(ZERO_WIDTHS, '').trim() === '')
  );
}

/**
 * Characters that take no room: zero-width space, non-joiner, joiner,
 * word joiner and byte-order mark. Text pasted from web pages and chats
 * carries them into cells, where Excel shows nothing, so they are no
 * part of a value.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTHS = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Turns full-width digits, letters and signs (Ｕ+FF01–FF5E) into their
 * ASCII forms, drops zero-width characters (U+200B–200D, U+2060, U+FEFF)
 * and trims surrounding spaces, including U+3000.
 *
 * @param text - Cell text.
 * @returns The normalised text.
 */
export function toHalfWidth(text: string): string {
  // Most cells hold no full-width character and no space to trim.
  if (!WIDE_OR_PADDED.test(text)) return text;

  const half = text.replace(/[\uFF01-\uFF5E]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );

  return half
    .replace(/\u3000/g, ' ')
    .replace(ZERO_WIDTHS, '')
    .trim();
}

const WIDE_OR_PADDED = /[\uFF01-\uFF5E\u3000\u200B-\u200D\u2060\uFEFF]|^\s|\s$/;

// Results shared by every cell that reads so: a province has tens of
// millions of yes/no cells.
const YES: CellResult<boolean> = Object.freeze({ ok: true, value: true });
const NO: CellResult<boolean> = Object.freeze({ ok: true, value: false });
const BLANK: CellResult<never> = Object.freeze({ ok: true, value: undefined });

/**
 * Reads a yes/no cell: 是/否, Y/N, yes/no, true/false, 1/0 (and 有/无).
 * A blank cell is unknown, never false.
 *
 * @param raw - The cell.
 * @returns `true`, `false`, `undefined` for blank, or a reason.
 * @example
 * parseBoolean('是'); // { ok: true, value: true }
 * parseBoolean(''); // { ok: true, value: undefined }
 */
export function parseBoolean(raw: RawCell): CellResult<boolean> {
  if (isBlankCell(raw)) return BLANK;
  if (typeof raw === 'boolean') return raw ? YES : NO;

  const word = toHalfWidth(String(raw)).toLowerCase();
  if (TRUE_WORDS.has(word)) return YES;
  if (FALSE_WORDS.has(word)) return NO;

  return {
    ok: false,
    reason: 'expected 是/否 (or Y/N, true/false, 1/0)',
    code: 'not-a-boolean',
  };
}

/**
 * Reads a calendar date in any form counties use: `YYYY-MM-DD`,
 * `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYY年MM月DD日`, `YYYYMMDD`, the month forms
 * `YYYY-MM`, `YYYY/MM`, `YYYY年MM月` and `YYYYMM`, and Excel serial
 * numbers. Month and day may have one digit. Impossible dates are errors.
 *
 * @param raw - The cell; a `Date` from a workbook is read by its UTC
 * calendar day, which is how workbook readers store date cells.
 * @returns A `YYYY-MM-DD` or `YYYY-MM` date, `undefined` for blank, or a
 * reason.
 * @example
 * parseDate('2020/9/1'); // { ok: true, value: '2020-09-01' }
 * parseDate('202003'); // { ok: true, value: '2020-03' }
 * parseDate(43831); // { ok: true, value: '2020-01-01' }
 * parseDate('2023-02-29'); // { ok: false, reason: '…' }
 */
export function parseDate(raw: RawCell): CellResult<CalendarDate> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  if (raw instanceof Date) return fromJsDate(raw);
  if (typeof raw === 'number') return fromNumber(raw);

  const written = toHalfWidth(String(raw));
  const time = /^(.*\S)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(written);
  if (
    time &&
    [time[2], time[3], time[4] ?? '0'].some((part) => Number(part) !== 0)
  ) {
    return {
      ok: false,
      reason: `${written} has a time of day; a date is expected`,
      code: 'not-a-date',
    };
  }

  const text = (time?.[1] ?? written).replace(/\s+/g, '');
  const compact = /^(\d{4})(\d{2})(\d{2})?$/.exec(text);
  const spaced = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(
    text,
  );
  const match = compact ?? spaced;
  if (match) return fromParts(text, match);
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) {
    return notADate(`${text} is a year, not a date`);
  }
  // A serial written as text is only taken when it has five digits
  // (1927-05-18 to 2173): a stray "5" in a date column is a mistake, not
  // 5 January 1900. Workbook cells holding numbers are serials at any size.
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));

  return notADate(
    'expected a date such as 2020-09-01, 2020/9/1, 20200901 or 2020-09',
  );
}

/**
 * Reads a list cell: items separated by `;` `；` `,` `，` or `、`. Blank
 * items are dropped; duplicates are kept once.
 *
 * @param raw - The cell.
 * @returns The items, `undefined` for blank, or a reason.
 * @example
 * parseList('产业帮扶、就业帮扶'); // { ok: true, value: ['产业帮扶', '就业帮扶'] }
 */
export function parseList(raw: RawCell): CellResult<string[]> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };

  const items = String(raw)
    .split(LIST_SEPARATORS)
    .map((item) => toHalfWidth(item))
    .filter((item) => item !== '');

  return { ok: true, value: [...new Set(items)] };
}

/**
 * Reads a text cell, trimming surrounding spaces. Numbers from a workbook
 * are written without exponent where they are whole.
 *
 * @param raw - The cell.
 * @returns The text, or `undefined` for blank.
 */
export function parseText(raw: RawCell): CellResult<string> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  if (raw instanceof Date) {
    const date = fromJsDate(raw);
    return date.ok ? date : { ok: true, value: String(raw) };
  }

  return {
    ok: true,
    value: String(raw)
      .replace(/\u3000/g, ' ')
      .replace(ZERO_WIDTHS, '')
      .trim(),
  };
}

function fromParts(text: string, match: RegExpExecArray): CellResult<string> {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const parts = day === undefined ? { year, month } : { year, month, day };

  if (isValidParts(parts)) return { ok: true, value: formatDateParts(parts) };
  if (month >= 1 && month <= 12 && day !== undefined) {
    const last = daysInMonth(year, month);
    return {
      ok: false,
      reason: `${text} is not a date: ${year}-${pad(month)} has ${last} days`,
      code: 'invalid-date',
    };
  }

  return invalidDate(`${text} is not a date`);
}

/**
 * A number from a workbook cell: typed in as 202003 or 20200315 it is a
 * compact date, as 2020.03 a year and month; a whole number from 1900 to
 * 2100 is a year, not a date; anything else is an Excel serial.
 */
function fromNumber(value: number): CellResult<string> {
  if (!Number.isFinite(value)) return invalidDate(`${value} is not a date`);
  const whole = Math.trunc(value);

  if (Number.isInteger(value) && whole >= 190001 && whole <= 210012)
    return parseDate(String(whole));
  if (Number.isInteger(value) && whole >= 19000101 && whole <= 21001231)
    return parseDate(String(whole));
  if (whole >= 1900 && whole <= 2100) {
    return Number.isInteger(value)
      ? notADate(`${value} is a year, not a date`)
      : parseDate(value.toFixed(2));
  }

  return fromExcelSerial(value);
}

function fromExcelSerial(serial: number): CellResult<string> {
  // Excel counts 1 as 1900-01-01 and wrongly treats 1900 as a leap year, so
  // serial 60 is a day that never was; from 61 on, day 0 is 1899-12-30.
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > 2958465) {
    return invalidDate(`${serial} is not an Excel date serial`);
  }
  if (whole === 60) {
    return invalidDate('Excel serial 60 is 1900-02-29, not a date');
  }

  const offset = whole < 60 ? whole - 25568 : whole - 25569;

  return { ok: true, value: formatDateParts(fromDayNumber(offset)) };
}

function fromJsDate(date: Date): CellResult<string> {
  if (Number.isNaN(date.getTime())) {
    return invalidDate('the workbook holds an invalid date');
  }

  return {
    ok: true,
    value: formatDateParts({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    }),
  };
}

function notADate(reason: string): CellResult<never> {
  return { ok: false, reason, code: 'not-a-date' };
}

function invalidDate(reason: string): CellResult<never> {
  return { ok: false, reason, code: 'invalid-date' };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
