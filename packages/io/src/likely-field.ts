import type { FieldMap, TableSpec } from '@duibiao/core';

import { normalizeHeader } from './header.js';

/**
 * Headers that other systems and templates use for a field of the data
 * format, by the field's own Chinese header. Matched after
 * {@link normalizeHeader}, so spaces and full-width forms do not matter.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  证件号码: [
    '身份证号码',
    '身份证号',
    '身份证',
    '公民身份号码',
    '身份证件号码',
  ],
  出生日期: ['出生年月', '出生年月日', '出生时间', '生日'],
  户编号: ['户号', '家庭编号', '户主编号'],
  联系电话: ['联系方式', '电话', '电话号码', '手机号', '手机号码'],
  与户主关系: ['与户主的关系', '家庭关系'],
  人口数: ['家庭人口', '家庭人口数', '家庭人数'],
};

/**
 * The field a header that names none is likely meant for: a known
 * synonym of the field's header (身份证号码 for 证件号码, 出生年月 for
 * 出生日期), else a field header one character away from it (two for a
 * header of six or more, none for one of two), when only one field is
 * that close.
 *
 * @param spec - The table.
 * @param header - A header that names no field, as written.
 * @param among - The keys of the fields to consider (those the file has
 * no column for); all of the table's fields when left out.
 * @returns The Chinese header of the likely field, or `undefined`.
 * @example
 * likelyField(members, '身份证号码'); // '证件号码'
 */
export function likelyField<F extends FieldMap>(
  spec: TableSpec<F>,
  header: string,
  among: readonly string[] = Object.keys(spec.fields),
): string | undefined {
  const name = normalizeHeader(header);
  if (name === '') return undefined;
  const fields: FieldMap = spec.fields;
  const headers = among.flatMap((key) => fields[key]?.header ?? []);

  const synonym = headers.find((own) =>
    (SYNONYMS[own] ?? []).some((other) => normalizeHeader(other) === name),
  );
  if (synonym) return synonym;

  // Two characters of four are too many to guess from.
  const length = [...name].length;
  const most = length >= 6 ? 2 : length >= 3 ? 1 : 0;
  const close = headers.filter(
    (own) => distance(normalizeHeader(own), name) <= most,
  );
  return close.length === 1 ? close[0] : undefined;
}

/** The edit distance of two texts, by characters (code points). */
function distance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);

  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const same = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + same,
      );
    }
    previous = current;
  }

  return previous[right.length] ?? 0;
}
