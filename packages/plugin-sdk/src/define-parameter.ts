import {
  type DatedValue,
  isCalendarDate,
  type ParameterDefinition,
} from '@duibiao/core';

/**
 * Defines a parameter with its dated values, keeping its name as a
 * literal type so that rules naming it are checked by the compiler. A
 * plugin that defines a parameter one of its bases defines overrides it:
 * its values win from their dates on.
 *
 * @param parameter - Name, description, unit and the dated values.
 * @returns The same parameter.
 * @throws {TypeError} When the name is not a word of letters, digits and
 * `_` starting with a letter, there is no value, a value is not a
 * `{ from, value }` object, a date is not `YYYY-MM-DD` (or `null` for
 * always), or two values take effect on the same date.
 * @example
 * const monitoringLine = defineParameter({
 *   name: 'monitoringLine',
 *   description: 'Yulin monitoring line from 2021.',
 *   unit: '元/人·年',
 *   values: [{ from: '2021-01-01', value: 6500 }],
 * });
 */
export function defineParameter<const N extends string>(
  parameter: ParameterDefinition & {
    /** The parameter's name, kept as a literal type. */
    name: N;
  },
): ParameterDefinition & {
  /** The parameter's name, as a literal type. */
  name: N;
} {
  if (typeof parameter.name !== 'string' || parameter.name.trim() === '') {
    throw new TypeError(
      `a parameter needs a name (a non-empty string), not ${JSON.stringify(parameter.name)}`,
    );
  }
  // A message names a parameter as {name} or {name.key}: a name must be
  // one such word, and `__proto__` would become an object's prototype
  // rather than a value in the finding's data.
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(parameter.name)) {
    throw new TypeError(
      `a parameter's name must start with a letter and hold letters, digits and _, not ${JSON.stringify(parameter.name)}`,
    );
  }

  const where = `parameter ${JSON.stringify(parameter.name)}`;
  if (!Array.isArray(parameter.values) || parameter.values.length === 0)
    throw new TypeError(`${where}: values must list at least one dated value`);

  const seen = new Set<string | null>();
  parameter.values.forEach((value: DatedValue, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError(
        `${where}: values[${index}] must be an object { from, value }, not ${JSON.stringify(value)}`,
      );
    }
    const { from } = value;
    if (from !== null && !(isCalendarDate(from) && from.length === 10)) {
      throw new TypeError(
        `${where}: values[${index}].from must be a YYYY-MM-DD date or null, not ${JSON.stringify(from)}`,
      );
    }
    if (seen.has(from)) {
      throw new TypeError(
        `${where}: two values take effect on ${from ?? 'the same (null) date'}`,
      );
    }
    seen.add(from);
  });

  return parameter;
}
