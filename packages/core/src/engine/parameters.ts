import type { CalendarDate } from '../values/calendar-date.js';
import type { JsonValue } from './condition.js';
import type { DatedValue, ParameterDefinition } from './types.js';

/** A parameter's value in force on a date, and where it came from. */
export interface ResolvedParameter {
  /** The parameter's name. */
  name: string;
  /** One line in English, from the plugin that defined it. */
  description: string;
  /** Its unit, such as `元/人·年`. */
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
  /** The plugin that set the value. */
  source: string;
}

/**
 * The value in force on a date. Values are taken plugin by plugin, the
 * most specific plugin first (values come in the order plugins added
 * them, bases first): the last plugin that has a value in force decides,
 * with its value of the latest `from` on or before the date. A city's
 * override thus applies from its own date on, whatever dates the
 * province or national values carry; before it, the base's value holds.
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
    const overrides = best !== undefined && candidate.source !== best.source;
    if (!best || overrides || (candidate.from ?? '') >= (best.from ?? ''))
      best = candidate;
  }

  return best;
}

/**
 * Reads a dotted path into a parameter value: `welfareJobAge.min`.
 *
 * @param value - The parameter's value.
 * @param path - Keys after the parameter name.
 * @returns The value at the path, or `undefined` when a key is not the
 * value's own (`constructor`, `__proto__`).
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
      Array.isArray(current) ||
      // Own keys only: `constructor` or `__proto__` must not find
      // Object.prototype's and pass for a value.
      !Object.hasOwn(current, key)
    ) {
      return undefined;
    }
    current = current[key];
  }

  return current;
}

/** The definition and every dated value of a parameter across plugins. */
export interface ParameterEntry {
  /** The first definition, by the plugin that introduced the parameter. */
  definition: ParameterDefinition;
  values: SourcedValue[];
  /** Each plugin's definition, for the description of its value. */
  bySource: Map<string, ParameterDefinition>;
}
