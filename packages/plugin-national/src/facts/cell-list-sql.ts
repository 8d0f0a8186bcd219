import type { FactSqlContext, FieldSpec } from '@duibiao/core';

/**
 * SQL of a list cell read as `parseList` and `checkList` read it, and
 * compared as `sameValue` compares lists, over the columns of
 * spot-check-agrees-sql.ts: `sc_w` the answer in half-width form, `sc_ls`
 * its items, `sc_none` whether it is a word for none, `sc_rl` the list
 * recorded.
 */

/**
 * A field's other spellings of its values; one of something else is no
 * value to the reader either, so it is left out.
 *
 * @param spec - The field.
 * @returns Each other spelling and its value.
 */
export function aliasesOf(spec: FieldSpec): [string, string][] {
  return Object.entries(spec.aliases ?? {}).filter(([, value]) =>
    spec.values?.includes(value),
  );
}

/**
 * A list answer as `,item,,item,`: separators made commas, spaces around
 * items gone, each item between two commas of its own.
 *
 * @param q - The fact's SQL context.
 * @returns SQL of the text.
 */
export function listTextSql(q: FactSqlContext): string {
  const commas = `translate(sc_w, ${q.text(';、')}, ${q.text(',,')})`;
  const items = q.fn.replaceMatches(commas, '\\s*,\\s*', ',,');

  return `(${q.text(',')} || ${items} || ${q.text(',')})`;
}

/** Characters a pattern reads as more than themselves, escaped. */
const literal = (text: string) => text.replace(/[\\^$.|?*+()[\]{}/-]/g, '\\$&');

/**
 * A list answer against the record: every item one of the field's values
 * (or another spelling of one), the same values as the record's, in any
 * order; a word for none where blank is none is the empty list.
 *
 * @param q - The fact's SQL context.
 * @param spec - The list field.
 * @returns SQL of a boolean, NULL when unknown.
 */
export function listAgreesSql(q: FactSqlContext, spec: FieldSpec): string {
  const aliases = aliasesOf(spec);
  const values = spec.values ?? [];
  const spellings = [...values, ...aliases.map(([text]) => text)];
  const valid = q.fn.matches(
    'sc_ls',
    `(?:,(?:${spellings.map(literal).join('|')})?,)*`,
  );
  const has = values.map((value) => {
    const texts = [
      value,
      ...aliases.filter(([, v]) => v === value).map(([t]) => t),
    ];
    return `(${texts.map((t) => q.fn.includes('sc_ls', q.text(`,${t},`))).join(' OR ')})`;
  });
  const count = has
    .map((h) => `(CASE WHEN ${h} THEN 1 ELSE 0 END)`)
    .join(' + ');
  const same = values
    .map(
      (v, i) => `(NOT ${has[i]} OR ${q.fn.listContains('sc_rl', q.text(v))})`,
    )
    .join(' AND ');
  const read =
    `(CASE WHEN sc_rl IS NULL OR NOT ${valid} THEN NULL` +
    ` ELSE (${q.fn.listLength('sc_rl')} = ${count} AND ${same}) END)`;
  if (spec.blank !== 'none') return read;

  return `(CASE WHEN sc_none THEN ${q.fn.listLength('sc_rl')} = 0 ELSE ${read} END)`;
}
