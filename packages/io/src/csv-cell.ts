/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a value safe to show in a spreadsheet cell: text that a
 * spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) gets a leading apostrophe.
 *
 * @param text - The cell text.
 * @returns The text, neutralised when needed.
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes one CSV line (RFC 4180): a cell holding a comma, a double quote
 * or a line break is quoted, its quotes doubled. Cells are neutralised
 * against formulas first.
 *
 * @param cells - The cell texts.
 * @returns The line, ending in CRLF as Excel writes it.
 */
export function csvLine(cells: readonly string[]): string {
  const quoted = cells.map((cell) => {
    const safe = neutraliseFormula(cell);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  });

  return `${quoted.join(',')}\r\n`;
}
