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
 * Digits Excel would read as a number and spoil: past 15 digits it
 * rounds them, and from 12 on it shows them as 6.10124E+15.
 */
const LONG_DIGITS = /^\d{12,}$/;

/**
 * Writes one CSV line (RFC 4180): a cell holding a comma, a double quote
 * or a line break is quoted, its quotes doubled. Cells are neutralised
 * against formulas first. A cell of 12 or more digits only (a 户编号, a
 * 行政区划代码, a full ID number) is quoted with a tab in front of its
 * digits, so that Excel keeps it as text instead of rounding it or
 * showing it in scientific notation.
 *
 * @param cells - The cell texts.
 * @returns The line, ending in CRLF as Excel writes it.
 * @example
 * csvLine(['H1', '610124101201']); // 'H1,"\t610124101201"\r\n'
 */
export function csvLine(cells: readonly string[]): string {
  const quoted = cells.map((cell) => {
    const safe = neutraliseFormula(cell);
    if (LONG_DIGITS.test(safe)) return `"\t${safe}"`;

    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  });

  return `${quoted.join(',')}\r\n`;
}
