/** The most characters a rejection's value, or a value in its reason, has. */
export const MAX_VALUE_CHARACTERS = 200;

// A UTF-16 surrogate pair: one character outside the Basic Multilingual
// Plane, such as a rare Chinese character of a name.
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Shortens a cell's text for a report: text longer than `max` characters
 * keeps its start and ends in `…(N characters)`, N being its full length,
 * so that one huge cell does not make a huge report line. Characters are
 * counted as code points, so none is cut in half.
 *
 * @param text - The text.
 * @param max - The most characters to keep, the ending included; 200
 * unless given.
 * @returns The text, at most `max` characters long.
 * @example
 * capText('x'.repeat(1_000_000)); // 179 × 'x' + '…(1000000 characters)'
 */
export function capText(text: string, max = MAX_VALUE_CHARACTERS): string {
  if (text.length <= max) return text;

  const length = text.length - (text.match(PAIR)?.length ?? 0);
  if (length <= max) return text;

  // Twice max code units hold at least max characters, so the start is
  // taken whole; Array.from splits by character, not by code unit.
  const ending = `…(${length} characters)`;
  const characters = Array.from(text.slice(0, 2 * max));
  const start = characters.slice(0, max - ending.length).join('');

  return `${start}${ending}`;
}
