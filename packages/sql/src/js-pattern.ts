import { JS_WHITESPACE } from './dialect.js';

/**
 * The regular expressions facts write (`fn.matches`, `fn.replaceMatches`)
 * in JavaScript's syntax, rewritten for an engine's so that each character
 * class means what it means in JavaScript: `\d` the ASCII digits (an
 * engine's `\d` may take other scripts' digits), `\s` JavaScript's
 * whitespace (RE2's and Java's are ASCII only, PostgreSQL's the locale's),
 * `\S` its opposite and `.` any character but the four line breaks
 * JavaScript's dot leaves out. Code points are written as escapes (and
 * may be written `\uXXXX` in the pattern), so that no raw line break
 * reaches a script.
 */

/** How an engine writes one code point in a pattern. */
export type CodePointEscape = (code: number) => string;

/** RE2 (DuckDB): `\x{3000}`. */
export const RE2_ESCAPE: CodePointEscape = (code) =>
  `\\x{${code.toString(16)}}`;

/** PostgreSQL and Java (Spark, Trino): `\u3000`. */
export const UNICODE_ESCAPE: CodePointEscape = (code) =>
  `\\u${code.toString(16).padStart(4, '0')}`;

/** The line breaks JavaScript's `.` does not match. */
const LINE_BREAKS = '\n\r\u2028\u2029';

const escaped = (chars: string, escape: CodePointEscape) =>
  [...chars].map((c) => escape(c.codePointAt(0) as number)).join('');

/**
 * A pattern of JavaScript's syntax in an engine's.
 *
 * @param pattern - The pattern, as `SqlFunctions.matches` takes it.
 * @param escape - How the engine writes a code point.
 * @param end - What the engine writes for `$`, the end of the text
 * (`\z` in Java, whose `$` also matches before a final line break).
 * @returns The engine's pattern.
 * @throws {RangeError} For an escape of a letter other than `\d`, `\s`
 * and `\S`, or `\S` inside a class.
 * @example
 * enginePattern('\\d+\\s', RE2_ESCAPE, '$'); // '[0-9]+[\\x{9}…]'
 */
export function enginePattern(
  pattern: string,
  escape: CodePointEscape,
  end: string,
): string {
  const space = escaped(JS_WHITESPACE, escape);
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      const hex = /^u([0-9a-fA-F]{4})/.exec(pattern.slice(i));
      if (hex) {
        out += escape(parseInt(hex[1] as string, 16));
        i += 4;
      } else if (next === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (next === 's') out += inClass ? space : `[${space}]`;
      else if (next === 'S' && !inClass) out += `[^${space}]`;
      else if (/[a-zA-Z0-9]/.test(next) || next === '')
        throw new RangeError(
          `expected \\d, \\s, \\S, \\uXXXX or an escaped sign in ${JSON.stringify(pattern)}, received \\${next}`,
        );
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A ] or ^] first in a class would be a literal to some engines.
      if (pattern[i + 1] === '^') out += pattern[++i];
      continue;
    }
    if (c === '.') out += `[^${escaped(LINE_BREAKS, escape)}]`;
    else if (c === '$') out += end;
    else out += c;
  }

  return out;
}

/**
 * A replacement text of `fn.replaceMatches`: one that no engine reads a
 * group reference or an escape in.
 *
 * @param replacement - The replacement.
 * @returns It, unchanged.
 * @throws {RangeError} When it holds `$` or `\`.
 */
export function plainReplacement(replacement: string): string {
  if (/[$\\]/.test(replacement))
    throw new RangeError(
      `expected a replacement without $ or \\, received ${JSON.stringify(replacement)}`,
    );

  return replacement;
}
