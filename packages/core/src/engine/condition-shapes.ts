import { isCalendarDate } from '../values/calendar-date.js';
import type { OperandKind } from './operators.js';

/**
 * Whether a condition's path is one duibiao reads: `$`, then `.name` and
 * `[index]` steps. No filter or script (`$..[?(@.x)]`) is taken, and no
 * step that names an object's prototype machinery, which reads nothing
 * but could only be a mistake or an attack.
 */
export function isPlainPath(path: unknown): boolean {
  if (typeof path !== 'string') return false;
  if (!/^\$(\.[A-Za-z_$][\w$]*|\[\d+\])*$/.test(path)) return false;

  return !/\.(__proto__|constructor|prototype)(?![\w$])/.test(path);
}

/** How a load error names the value each kind of operand takes. */
export const OPERAND_NAMES: Record<OperandKind, string> = {
  any: 'any value',
  scalar:
    'one text, number, boolean or null (for several, use in, notIn, containsAny or doesNotContainAny)',
  number: 'a number',
  date: 'a date',
  array: 'an array',
};

/** Whether a condition's value is of the kind its operator compares with. */
export function fitsOperand(kind: OperandKind, value: unknown): boolean {
  if (kind === 'scalar') {
    if (typeof value === 'number') return Number.isFinite(value);
    return value === null || ['string', 'boolean'].includes(typeof value);
  }
  if (kind === 'number')
    return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'date') return isCalendarDate(value);
  if (kind === 'array') return Array.isArray(value);

  return true;
}

/** Whether a value is an object that is neither null nor an array. */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a load error names it: its type and its JSON. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  // JSON has no NaN or Infinity: it would print them as null.
  if (typeof value === 'number' && !Number.isFinite(value))
    return `number ${value}`;

  return `${typeof value} ${JSON.stringify(value)}`;
}
