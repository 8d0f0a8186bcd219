import type { CalendarDate } from '../values/calendar-date.js';
import type { JsonValue } from './condition.js';
import type { DatedValue, ParameterDefinition } from './types.js';

/** A parameter's value in force on a date, and where it came from. */
export interface ResolvedParameter {
  name: string;
  description: string;
  unit?: string;
  /** The value in force on the reference date. */
  value: JsonValue;
  /** When that value took effect; `null` when it always applied. */
  from: CalendarDate | null;
  /** The plugin that set the value. */
  source: string;
}

/** A dated value with the plugin that set it. */
export interface SourcedValue extends DatedValue {
  source: string;
}

/**
 * The value in force on a date: the one with the latest `from` on or
 * before it; of two with the same `from`, the one added later wins (a
 * plugin overrides what it extends).
 *
 * @param values - Dated values in the order plugins added them.
 * @param asOf - The reference date.
 * @returns The value in force, or `undefined` when none has taken effect.
 * @example
 * valueInForce([{ from: '2020-01-01', value: 4000, source: 'national' }], '2019-12-31'); // undefined
 */
export function valueInForce(
  values: readonly SourcedValue[],
  asOf: CalendarDate,
): SourcedValue | undefined {
  let best: SourcedValue | undefined;
  for (const candidate of values) {
    if (candidate.from !== null && candidate.from > asOf) continue;
    if (!best || (candidate.from ?? '') >= (best.from ?? '')) best = candidate;
  }

  return best;
}

/**
 * Reads a dotted path into a parameter value: `welfareJobAge.min`.
 *
 * @param value - The parameter's value.
 * @param path - Keys after the parameter name.
 * @returns The value at the path, or `undefined`.
 */
export function pickPath(
  value: JsonValue,
  path: readonly string[],
): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      Array.isArray(current)
    ) {
      return undefined;
    }
    current = current[key];
  }

  return current;
}

/** The definition and every dated value of a parameter across plugins. */
export interface ParameterEntry {
  definition: ParameterDefinition;
  values: SourcedValue[];
}
