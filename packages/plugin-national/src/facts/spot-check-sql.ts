import type { FactSql, FactSqlContext } from '@duibiao/core';

/**
 * The SQL of spotCheckField: 核查项 normalized as `spotCheckFieldOf`
 * normalizes it, looked up among the names of the registry's fields.
 */

/**
 * The characters JavaScript's `\s` matches (none lies outside the Basic
 * Multilingual Plane), removed from 核查项 with the zero-width ones that
 * `toHalfWidth` drops.
 */
const REMOVED = [
  ...new Set([
    ...Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter(
      (c) => /\s/.test(c),
    ),
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
  ]),
].join('');

/**
 * Characters and what `toHalfWidth` then `toLowerCase` make of them, where
 * that can matter: full-width forms (U+FF01–FF5E) become ASCII, capitals
 * small. The names looked up hold ASCII and CJK only, and the one other
 * character that lowers to ASCII is the Kelvin sign: any other character
 * `toLowerCase` changes makes no name either way (a test holds this).
 */
export const FOLDED: ReadonlyMap<string, string> = (() => {
  const folded = new Map<string, string>();
  for (let code = 0xff01; code <= 0xff5e; code += 1)
    folded.set(
      String.fromCharCode(code),
      String.fromCharCode(code - 0xfee0).toLowerCase(),
    );
  for (let code = 0x41; code <= 0x5a; code += 1)
    folded.set(String.fromCharCode(code), String.fromCharCode(code + 0x20));
  folded.set('\u212a', 'k');
  return folded;
})();

/**
 * 核查项 as the look-up reads it: folded, spaces and zero-width
 * characters gone.
 */
function normalizedSql(q: FactSqlContext, item: string): string {
  const from = [...FOLDED.keys()].join('') + REMOVED;
  const to = [...FOLDED.values()].join('');

  return `translate(${item}, ${q.text(from)}, ${q.text(to)})`;
}

/**
 * spotCheckField: `households.<key>` or `members.<key>` for the field
 * 核查项 names, by its name or by its name with a unit in brackets after
 * it (`人均纯收入(元)`); none when it names no field.
 *
 * @param q - The fact's SQL context.
 * @param fields - The fields by each name, in look-up order.
 * @returns The fact's SQL.
 */
export function spotCheckFieldSql(
  q: FactSqlContext,
  fields: ReadonlyMap<string, { table: string; key: string }>,
): FactSql {
  const item = q.column('spotChecks', 'item').value;
  const n = normalizedSql(q, item);
  const names = [...fields].map(
    ([name, field]) =>
      `(${q.text(name)}, ${q.text(`${field.table}.${field.key}`)})`,
  );
  // The name followed by a unit: "(", no bracket, ")" to the end.
  const unit = `(${q.text('(')})`;
  const rest = `substr(${n}, length(t.n) + 2, length(${n}) - length(t.n) - 2)`;
  const withUnit =
    `length(${n}) >= length(t.n) + 2` +
    ` AND substr(${n}, 1, length(t.n) + 1) = t.n || ${unit}` +
    ` AND substr(${n}, length(${n}), 1) = ${q.text(')')}` +
    ` AND NOT ${q.fn.includes(rest, unit)}` +
    ` AND NOT ${q.fn.includes(rest, q.text(')'))}`;
  const found =
    `(SELECT COALESCE(max(CASE WHEN t.n = ${n} THEN t.f END),` +
    ` max(CASE WHEN ${withUnit} THEN t.f END))` +
    ` FROM (VALUES ${names.join(', ')}) AS t(n, f))`;

  return {
    value: found,
    none: `(${item} IS NOT NULL AND ${found} IS NULL)`,
  };
}
