import {
  type FactSqlContext,
  NONE_WORDS,
  SPREADSHEET_ERRORS,
} from '@duibiao/core';

/**
 * SQL of the text steps core's cell reader takes before it reads a value
 * (values/cells.ts, model/read-cell.ts): the half-width form, the text of
 * a text cell, upper case, and the spreadsheet's error values. Each
 * function names the one it mirrors; spot-check-agrees-sql.ts reads a
 * spot check's answer with them.
 */

/** The characters that take no room, which the reader drops. */
const ZERO_WIDTHS = '\u200b\u200c\u200d\u2060\ufeff';

/** A pattern class of them, as `fn.matches` takes it. */
export const ZERO_WIDTH_CLASS = '\\u200b-\\u200d\\u2060\\ufeff';

/** Full-width signs, digits and letters, U+FF01 to U+FF5E. */
const WIDE = Array.from({ length: 0x5e }, (_, i) =>
  String.fromCharCode(0xff01 + i),
).join('');

/** Their ASCII forms. */
const NARROW = Array.from({ length: 0x5e }, (_, i) =>
  String.fromCharCode(0x21 + i),
).join('');

/**
 * Text as `toHalfWidth` makes it: full-width forms ASCII, U+3000 a space,
 * zero-width characters gone, JavaScript's whitespace trimmed. (Its test
 * for text that needs none of this changes nothing: such text comes back
 * unchanged here too.)
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text.
 * @returns SQL of the text.
 */
export function halfWidthSql(q: FactSqlContext, text: string): string {
  const from = `${WIDE}\u3000${ZERO_WIDTHS}`;

  return q.fn.trim(
    `translate(${text}, ${q.text(from)}, ${q.text(`${NARROW} `)})`,
  );
}

/**
 * Text as `parseText` reads a text cell: U+3000 a space, zero-width
 * characters gone, trimmed.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text.
 * @returns SQL of the text.
 */
export function plainTextSql(q: FactSqlContext, text: string): string {
  return q.fn.trim(
    `translate(${text}, ${q.text(`\u3000${ZERO_WIDTHS}`)}, ${q.text(' ')})`,
  );
}

/**
 * Every character whose upper case (`toUpperCase`) differs from it, split
 * into those that become one character and those that become several
 * (ß is SS). Upper case is the same for a character wherever it stands,
 * and upper case of upper case changes nothing (a test holds both), so
 * mapping each character in turn gives `toUpperCase` of the whole.
 */
const UPPER = (() => {
  const one: [string, string][] = [];
  const several: [string, string][] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCodePoint(code);
    const upper = c.toUpperCase();
    if (upper === c) continue;
    ([...upper].length === 1 ? one : several).push([c, upper]);
  }

  return { one, several };
})();

/** {@link UPPER}'s mappings as SQL: several by `replace`, one by `translate`. */
function mappedSql(
  q: FactSqlContext,
  text: string,
  mapping: { one: [string, string][]; several: [string, string][] },
): string {
  const replaced = mapping.several.reduce(
    (sql, [from, to]) => `replace(${sql}, ${q.text(from)}, ${q.text(to)})`,
    text,
  );
  const from = mapping.one.map(([c]) => c).join('');
  const to = mapping.one.map(([, u]) => u).join('');

  return `translate(${replaced}, ${q.text(from)}, ${q.text(to)})`;
}

const LOWER_ASCII = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Text in upper case as JavaScript's `toUpperCase` has it, whatever the
 * database's locale (PostgreSQL's `upper` follows it, DuckDB's maps one
 * character to one). ASCII text, nearly every ID number, takes a short
 * way: the whole mapping costs DuckDB about 0.1 ms a row.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text, a column (it is read three times).
 * @returns SQL of the text.
 */
export function upperSql(q: FactSqlContext, text: string): string {
  const ascii = `translate(${text}, ${q.text(LOWER_ASCII)}, ${q.text(LOWER_ASCII.toUpperCase())})`;

  return (
    `(CASE WHEN ${q.fn.matches(text, '[\\u0001-\\u007f]*')} THEN ${ascii}` +
    ` ELSE ${mappedSql(q, text, UPPER)} END)`
  );
}

/**
 * The characters whose upper case is ASCII alone: a-z, and ı, ſ, ß and
 * the ligatures ﬀ to ﬆ.
 */
const TO_ASCII = {
  one: UPPER.one.filter(([, u]) => isAscii(u)),
  several: UPPER.several.filter(([, u]) => isAscii(u)),
};

function isAscii(text: string): boolean {
  return [...text].every((c) => c.charCodeAt(0) < 0x80);
}

/**
 * Whether a cell is a spreadsheet's error value, as `readOne` tells: it
 * starts with `#` and, trimmed and in upper case, is one of them. The
 * values are ASCII, so only the characters whose upper case is ASCII are
 * mapped: any other keeps a character no value has.
 *
 * @param q - The fact's SQL context.
 * @param raw - SQL of the cell's text, not NULL.
 * @param trimmed - SQL of the same text trimmed.
 * @returns SQL of a boolean.
 */
export function spreadsheetErrorSql(
  q: FactSqlContext,
  raw: string,
  trimmed: string,
): string {
  const values = [...SPREADSHEET_ERRORS].map((e) => q.text(e)).join(', ');

  return (
    `(substr(${raw}, 1, 1) = ${q.text('#')}` +
    ` AND ${mappedSql(q, trimmed, TO_ASCII)} IN (${values}))`
  );
}

/**
 * Text without the wrapper a spreadsheet keeps digits as text with, as
 * `unwrapText` removes it: `="…"` (on one line) or a leading apostrophe.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text.
 * @returns SQL of the text.
 */
export function unwrappedSql(q: FactSqlContext, text: string): string {
  return (
    `(CASE WHEN ${q.fn.matches(text, '=".*"')}` +
    ` THEN substr(${text}, 3, length(${text}) - 3)` +
    ` WHEN substr(${text}, 1, 1) = ${q.text("'")}` +
    ` THEN substr(${text}, 2) ELSE ${text} END)`
  );
}

/**
 * Whether a cell is a word for "nothing here" (无, 暂无, a dash …) where
 * blank is a known none, as `readOne` tells: trimmed, it is one of them.
 *
 * @param q - The fact's SQL context.
 * @param trimmed - SQL of the cell's text trimmed.
 * @returns SQL of a boolean.
 */
export function noneWordSql(q: FactSqlContext, trimmed: string): string {
  return `(${trimmed} IN (${[...NONE_WORDS].map((w) => q.text(w)).join(', ')}))`;
}
