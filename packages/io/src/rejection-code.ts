import { CELL_ERROR_CODES, type CellErrorCode } from '@duibiao/core';

/**
 * Why a row was rejected, as a stable code: a {@link CellErrorCode} when a
 * cell is not a value of its field, or one of the codes here when the
 * row as a whole, a cell the file itself marks as broken, or the row's
 * place among the others is at fault. summary.json counts rejected rows
 * by it (`rejectedByReason`); the English `reason` says the same for
 * people, with the values seen.
 */
export type RejectionCode =
  | CellErrorCode
  /**
   * A workbook formula saved without its result (written by a program,
   * never opened in Excel or WPS), so it has no value to read.
   */
  | 'formula-without-result'
  /** A JSON array element that is not an object of fields. */
  | 'not-a-row'
  /**
   * A cell longer than a spreadsheet cell can hold (32,767 characters in
   * Excel): the row was not exported as it stands.
   */
  | 'cell-too-long'
  /**
   * A CSV row with fewer cells than the header names: a delimiter lost,
   * so its cells no longer sit under their headers.
   */
  | 'too-few-cells'
  /**
   * A CSV row with something in a cell beyond the header: a delimiter
   * gained (an unquoted comma), so its cells no longer sit under their
   * headers.
   */
  | 'too-many-cells'
  /**
   * A second row with the key of an earlier one in a table whose key is
   * unique (a household's 户编号, a village's code, a complaint's 编号).
   */
  | 'duplicate-key'
  /**
   * A member row whose 户编号 names no household that was checked: none
   * has it, or that household's own row was rejected.
   */
  | 'no-household'
  /**
   * A row that is the header again, below data: two exports pasted one
   * under the other.
   */
  | 'repeated-header'
  /**
   * A row of sums under the data: its key or 户编号 cell says 合计, 总计
   * or 小计.
   */
  | 'totals-row';

const CODES: Record<Exclude<RejectionCode, CellErrorCode>, true> = {
  'formula-without-result': true,
  'not-a-row': true,
  'cell-too-long': true,
  'too-few-cells': true,
  'too-many-cells': true,
  'duplicate-key': true,
  'no-household': true,
  'repeated-header': true,
  'totals-row': true,
};

/** Every {@link RejectionCode}: the cells' codes, then the rows'. */
export const REJECTION_CODES: readonly RejectionCode[] = Object.freeze([
  ...CELL_ERROR_CODES,
  ...(Object.keys(CODES) as RejectionCode[]),
]);
