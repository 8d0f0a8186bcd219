/**
 * A regular expression of the condition compiler (JavaScript syntax: `\d`,
 * `{n}`, classes, literal characters) as a Java pattern that must match
 * the whole text, for engines whose regular expressions find a match
 * anywhere in the text (Spark's `rlike`, Trino's `regexp_like`).
 *
 * `\A` and `\z` anchor it: Java's `$` also matches before a final line
 * break, so `^…$` would take `2020-01\n` for a month. `\d` is written
 * `[0-9]` (`0-9` inside a class), the digits JavaScript's `\d` means:
 * Trino's default regular expressions (Joni) may take other scripts'
 * digits for `\d`, and Java reads full-width digits as a number
 * (`Integer.parseInt("２０２０")` is 2020).
 *
 * @param pattern - The pattern.
 * @returns The anchored Java pattern.
 * @example
 * javaFullMatch('\\d{4}'); // '\\A(?:[0-9]{4})\\z'
 */
export function javaFullMatch(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : c + next;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    out += c;
  }

  return `\\A(?:${out})\\z`;
}
