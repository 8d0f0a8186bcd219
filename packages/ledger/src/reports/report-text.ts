import { CATEGORIES, CATEGORY_LABELS } from '@duibiao/core';

export { UNKNOWN_COUNTY, UNKNOWN_TOWNSHIP } from '../places.js';

const NAMES = new Intl.Collator('zh-CN');

/**
 * Orders place names as a Chinese reader expects (by pinyin).
 *
 * @param a - A name.
 * @param b - Another.
 * @returns Negative, zero or positive, as `Array.prototype.sort` wants.
 */
export function byName(a: string, b: string): number {
  return NAMES.compare(a, b);
}

/**
 * Writes a share as a percentage with one decimal.
 *
 * @param share - A fraction, such as 0.6667.
 * @returns The percentage, such as `66.7%`.
 * @example
 * percent(2 / 3); // '66.7%'
 */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * Writes a change with its sign: `+2`, `-1`, `0`; `—` for none.
 *
 * @param change - The change, or `null` when there is nothing to compare.
 * @returns The text.
 */
export function signed(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';

  return change > 0 ? `+${change}` : String(change);
}

/** The count columns of a dispatch report's tables, after the place. */
export const COUNT_HEADERS: readonly string[] = [
  '问题总数',
  ...CATEGORIES.map((category) => CATEGORY_LABELS[category]),
  '已核实',
  '核实率',
  '已解决',
  '解决率',
  '逾期',
];
