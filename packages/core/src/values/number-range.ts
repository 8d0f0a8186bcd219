/**
 * A number known only to lie between two values, both possible: the age
 * of someone born "some day of September 2010", or the whole months since
 * a month-only date. Numeric operators compare a range three-valued: true
 * when every value in it passes, false when none does, else unknown.
 */
export interface NumberRange {
  /** The smallest value the number may have. */
  readonly min: number;
  /** The largest value the number may have. */
  readonly max: number;
}

/**
 * Whether a value is a {@link NumberRange}.
 *
 * @param value - Anything.
 * @returns `true` for `{ min, max }` with finite numbers, min below max.
 */
export function isNumberRange(value: unknown): value is NumberRange {
  if (typeof value !== 'object' || value === null) return false;
  const { min, max } = value as Partial<NumberRange>;

  return (
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    (min as number) < (max as number)
  );
}

/**
 * A number when the two ends agree, else a range.
 *
 * @param min - The smallest possible value.
 * @param max - The largest possible value.
 * @returns `min` when equal to `max`, otherwise `{ min, max }`.
 */
export function numberOrRange(min: number, max: number): number | NumberRange {
  return min === max
    ? min
    : { min: Math.min(min, max), max: Math.max(min, max) };
}

/**
 * Applies a monotone test to a number or a range, three-valued.
 *
 * @param value - A number, a range, or anything else (unknown).
 * @param test - A test that only changes its answer once along the numbers,
 * such as `x >= 6`.
 * @returns The answer, or `undefined` when the ends disagree or the value
 * is not a number.
 * @example
 * testNumber({ min: 9, max: 10 }, (age) => age >= 6); // true
 * testNumber({ min: 5, max: 6 }, (age) => age >= 6); // undefined
 */
export function testNumber(
  value: unknown,
  test: (x: number) => boolean,
): boolean | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? test(value) : undefined;
  if (!isNumberRange(value)) return undefined;

  const low = test(value.min);

  return low === test(value.max) ? low : undefined;
}
