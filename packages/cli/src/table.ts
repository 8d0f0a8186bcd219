/**
 * Columns of text for the terminal, aligned by display width: Chinese
 * characters take two columns.
 *
 * @param rows - Rows of cells; the first is the header.
 * @param align - `l` or `r` per column.
 * @returns The lines.
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  align: string,
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }

  return rows.map((row) =>
    row
      .map((cell, i) => {
        const gap = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return align[i] === 'r' ? gap + cell : cell + gap;
      })
      .join('  ')
      .trimEnd(),
  );
}

/**
 * How many terminal columns a text takes: wide (CJK and full-width)
 * characters count two.
 *
 * @param text - The text.
 * @returns Columns.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }

  return width;
}
