/**
 * Why a cell is not a value of its field, as a stable code beside the
 * English reason: summaries count rejected rows by it, and programs can
 * act on it without reading the wording, which may change.
 */
export type CellErrorCode =
  /** Not a yes/no word: 是/否, Y/N, yes/no, true/false, 1/0, 有/无. */
  | 'not-a-boolean'
  /** Text where a number belongs (`三千`, `3,5`), or no finite number. */
  | 'not-a-number'
  /** A fraction where a whole number belongs (a year of `2020.5`). */
  | 'not-a-whole-number'
  /**
   * A number outside what the field allows: a negative income, 25 months
   * of work in a year, a year before 1900.
   */
  | 'out-of-range'
  /**
   * Not written as a date at all: words, a year alone, a date with a
   * time of day.
   */
  | 'not-a-date'
  /**
   * Written as a date that never was: 2020-02-30, month 13, Excel serial
   * 60 (1900-02-29), a serial out of Excel's range.
   */
  | 'invalid-date'
  /** A word the field's vocabulary does not have, alone or in a list. */
  | 'not-in-vocabulary'
  /**
   * A list, or an object, where one value belongs (JSON input), or a
   * workbook value of no known kind.
   */
  | 'not-a-value'
  /**
   * A key, code or ID number stored as a number: in scientific notation,
   * or past the 15 digits a spreadsheet keeps, so digits are lost.
   */
  | 'digits-lost'
  /**
   * A cell the row cannot do without is blank, or its column missing: the
   * row's key, what places it (a member's 户编号, a department row's
   * 证件号码), or what dates it (a monitoring row's period, a complaint's
   * date received).
   */
  | 'blank-required'
  /**
   * A cell that shows a spreadsheet's error (`#N/A`, `#VALUE!`): a
   * workbook's error cell, a formula whose result is one, or the text
   * Excel writes into CSV for one.
   */
  | 'spreadsheet-error';

const CODES: Record<CellErrorCode, true> = {
  'not-a-boolean': true,
  'not-a-number': true,
  'not-a-whole-number': true,
  'out-of-range': true,
  'not-a-date': true,
  'invalid-date': true,
  'not-in-vocabulary': true,
  'not-a-value': true,
  'digits-lost': true,
  'blank-required': true,
  'spreadsheet-error': true,
};

/** Every {@link CellErrorCode}, in the order they are documented. */
export const CELL_ERROR_CODES = Object.freeze(
  Object.keys(CODES) as CellErrorCode[],
);
