/**
 * Three-valued helpers for facts over several members: `undefined` is
 * unknown and never counts as false.
 */

/**
 * Whether some item meets a test: `true` as soon as one does, `false` when
 * every item is known not to, else unknown.
 *
 * @param items - The items.
 * @param test - A three-valued test.
 * @returns `true`, `false` or `undefined`.
 */
export function some<T>(
  items: readonly T[],
  test: (item: T) => boolean | undefined,
): boolean | undefined {
  let unknown = false;
  for (const item of items) {
    const result = test(item);
    if (result === true) return true;
    if (result === undefined) unknown = true;
  }

  return unknown ? undefined : false;
}

/**
 * How many items meet a test; unknown when any item's test is unknown.
 *
 * @param items - The items.
 * @param test - A three-valued test.
 * @returns The count, or `undefined`.
 */
export function count<T>(
  items: readonly T[],
  test: (item: T) => boolean | undefined,
): number | undefined {
  let total = 0;
  for (const item of items) {
    const result = test(item);
    if (result === undefined) return undefined;
    if (result) total += 1;
  }

  return total;
}

/**
 * Whether a value is one of a list, unknown when the value is.
 *
 * @param value - A field value.
 * @param list - Allowed values.
 * @returns `true`, `false` or `undefined`.
 */
export function isOneOf(
  value: string | null | undefined,
  list: readonly string[],
): boolean | undefined {
  if (value === undefined) return undefined;

  return value !== null && list.includes(value);
}

/**
 * Kleene conjunction: false wins, then unknown, then true.
 *
 * @param values - Three-valued answers.
 * @returns Their conjunction.
 */
export function and(...values: (boolean | undefined)[]): boolean | undefined {
  if (values.includes(false)) return false;

  return values.includes(undefined) ? undefined : true;
}
