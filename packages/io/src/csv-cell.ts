/**
 * Characters that make a spreadsheet read a cell as a formula, and their
 * full-width forms, which an input method in a Chinese locale may turn
 * into them when the cell is edited.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * Makes a value safe to show in a spreadsheet cell: text that a
 * spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return, or full-width `＝`, `＋`, `－`, `＠`) gets a
 * leading apostrophe.
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
 * against formulas first. A cell of a code column, and any cell of 12 or
 * more digits only, is then quoted with a tab in front, so that Excel
 * keeps it as text: otherwise 户编号 0001 opens as 1, 2020-01 as a date,
 * an id such as 1e5… as a number, and 16 digits as 6.10124E+15. An empty
 * cell stays empty.
 *
 * @param cells - The cell texts.
 * @param codes - The indexes of code columns, whose cells are always
 * kept as text; none unless given.
 * @returns The line, ending in CRLF as Excel writes it.
 * @example
 * csvLine(['H1', '610124101201']); // 'H1,"\t610124101201"\r\n'
 * csvLine(['0001', 'x'], new Set([0])); // '"\t0001",x\r\n'
 */
export function csvLine(
  cells: readonly string[],
  codes: ReadonlySet<number> = new Set(),
): string {
  const quoted = cells.map((cell, index) => {
    const safe = neutraliseFormula(cell);
    const text = safe !== '' && (codes.has(index) || LONG_DIGITS.test(safe));
    // The tab goes in front of the neutralised text: a program that trims
    // it still finds the apostrophe before a formula.
    const written = text ? `\t${safe}` : safe;

    return text || /[",\r\n]/.test(written)
      ? `"${written.replace(/"/g, '""')}"`
      : written;
  });

  return `${quoted.join(',')}\r\n`;
}
