import { CsvError, parse } from 'csv-parse/sync';

import type { SheetRow } from './sheet-row.js';

/** The rows of a CSV text, or why it cannot be parsed. */
export type ParsedCsv =
  | { ok: true; rows: SheetRow[] }
  | { ok: false; reason: string };

/**
 * Parses CSV text into rows numbered as a spreadsheet numbers them: one
 * number per record, so a quoted cell spanning several text lines does not
 * shift the numbers of the rows after it. Empty lines are kept as blank
 * rows for the same reason.
 *
 * @param text - The decoded text.
 * @param delimiter - `,` or a tab.
 * @returns The rows, or the reason the text is not CSV.
 */
export function parseCsv(text: string, delimiter: ',' | '\t'): ParsedCsv {
  try {
    const records = parse(text, {
      delimiter,
      // Excel writes CRLF, other tools LF or (old Macs) CR; accept each
      // without letting one of them leave a stray CR in the last cell.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });

    return {
      ok: true,
      rows: records.map((cells, index) => ({ line: index + 1, cells })),
    };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

/**
 * Guesses the delimiter from the first line that is not empty: a tab when
 * it has tabs and no commas (Excel's "Unicode text"), else a comma.
 *
 * @param text - The decoded text.
 * @returns The delimiter to try first.
 */
export function likelyDelimiter(text: string): ',' | '\t' {
  // The first line with something on it; `.` stops at any line break.
  const line = /^.*\S.*$/m.exec(text)?.[0] ?? '';

  return line.includes('\t') && !line.includes(',') ? '\t' : ',';
}

function describe(error: unknown): string {
  if (!(error instanceof CsvError)) {
    return `cannot be parsed as CSV: ${String(error)}`;
  }

  // The error counts the records parsed before the failing one; with one
  // record per row, the next is the row a spreadsheet would show.
  const { records } = error;
  const where = typeof records === 'number' ? `row ${records + 1}` : 'a row';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return `cannot be parsed as CSV: a cell in ${where} opens a double quote (") that is never closed`;
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return `cannot be parsed as CSV: in ${where} a quoted cell is followed by other characters before the next delimiter`;
  }

  return `cannot be parsed as CSV (${where}): ${error.message}`;
}
