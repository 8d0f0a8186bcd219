// @duibiao/io neutralises the text cells of findings.xlsx in `textCell`
// (xlsx-layout.ts), which its entry does not export, and its exports map
// allows no deep import. Until it is exported, this is the same rule,
// kept to the one place; it is meant to be replaced by io's function.

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Characters XML 1.0 does not allow, which make Excel refuse the file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The most characters an Excel cell holds. */
const MAX_CELL = 32_767;

/**
 * A text cell's value as findings.xlsx writes it: `null` for nothing, a
 * leading apostrophe before text that would start a formula, U+FFFD for
 * a character a workbook cannot hold, and cut to what a cell holds.
 *
 * @param value - The text, or `null`.
 * @returns The cell value.
 */
export function sheetText(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;

  const clean = value.replace(NOT_XML, '\uFFFD');
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return safe.length <= MAX_CELL ? safe : safe.slice(0, MAX_CELL);
}
