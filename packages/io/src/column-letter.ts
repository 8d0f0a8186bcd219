/**
 * The letters a spreadsheet shows above a column.
 *
 * @param index - The column's 0-based index.
 * @returns `A` for 0, `Z` for 25, `AA` for 26.
 * @example
 * columnLetter(7); // 'H'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }

  return letters;
}
