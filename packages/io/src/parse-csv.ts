import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
import type { SheetRow } from './sheet-row.js';

/** The rows of a CSV text, or why it cannot be parsed. */
export type ParsedCsv =
  | { ok: true; rows: SheetRow[] }
  | { ok: false; reason: string };

/**
 * Parses CSV text into rows numbered as a spreadsheet numbers them: one
 * number per record, so a quoted cell spanning several text lines does not
 * shift the numbers of the rows after it. Empty lines are kept as blank
 * rows for the same reason. Excel writes CRLF, other tools LF or (old
 * Macs) CR; each ends a row. See {@link CsvTokenizer} for the details.
 *
 * @param text - The decoded text.
 * @param delimiter - `,` or a tab.
 * @returns The rows, or the reason the text is not CSV.
 */
export function parseCsv(text: string, delimiter: ',' | '\t'): ParsedCsv {
  const rows: SheetRow[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => {
    rows.push({ line, cells });
  });

  try {
    tokenizer.push(text);
    tokenizer.end();
  } catch (error) {
    return { ok: false, reason: csvProblem(error) };
  }

  return { ok: true, rows };
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

/**
 * Why a CSV text cannot be parsed, as a file's problem is told.
 *
 * @param error - What the tokenizer threw.
 * @returns The message, naming the row where a quote opens.
 */
export function csvProblem(error: unknown): string {
  if (!(error instanceof CsvSyntaxError)) {
    return `cannot be parsed as CSV: ${String(error)}`;
  }

  // The only syntax error left when quotes are read leniently.
  return `cannot be parsed as CSV: a cell in row ${error.row} opens a double quote (") that is never closed`;
}
