import { isNumberRange } from '../values/number-range.js';
import type { JsonValue } from './condition.js';

const TOKEN = /\{([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\}/g;

/**
 * The names a message template refers to: `{perCapitaNetIncome}` and
 * `{povertyLine.year}` give `perCapitaNetIncome` and `povertyLine.year`.
 *
 * @param template - A message template.
 * @returns The names, in order of first use.
 */
export function templateNames(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(TOKEN)) names.add(match[1] ?? '');

  return [...names];
}

/**
 * Fills a message template with values: numbers without needless decimals,
 * lists joined with 、, yes/no as 是/否, a known "none" as 空 and an unknown
 * value as 未知.
 *
 * @param template - A template such as `人均纯收入 {perCapitaNetIncome} 元`.
 * @param data - Values by name.
 * @returns The message.
 * @example
 * renderMessage('人均纯收入 {x} 元', { x: 3500 }); // '人均纯收入 3500 元'
 */
export function renderMessage(
  template: string,
  data: Readonly<Record<string, unknown>>,
): string {
  // A name the data does not own is unknown, not Object.prototype's.
  return template.replace(TOKEN, (_, name: string) =>
    formatValue(Object.hasOwn(data, name) ? data[name] : undefined),
  );
}

/**
 * Formats a value for a message.
 *
 * @param value - A fact or parameter value.
 * @returns Its text.
 */
export function formatValue(value: unknown): string {
  if (value === undefined) return '未知';
  if (value === null) return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value))
    return value.length ? value.map(formatValue).join('、') : '无';
  if (isNumberRange(value))
    return `${formatNumber(value.min)}–${formatNumber(value.max)}`;
  if (typeof value === 'object') return JSON.stringify(value as JsonValue);

  return String(value);
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);

  // Two decimals read best, unless rounding would turn 3999.9999 into
  // 4000 and make a message contradict itself.
  const rounded = Math.round(value * 100) / 100;
  return Number.isInteger(rounded) ? String(value) : String(rounded);
}
