/**
 * A count with its noun, plural when it is not one: `1 row`, `2 rows`,
 * `3 mismatches`.
 *
 * @param n - The count.
 * @param noun - The noun in the singular.
 * @param plural - What makes it plural.
 * @returns The words.
 */
export function counted(n: number, noun: string, plural = 's'): string {
  return `${n} ${noun}${n === 1 ? '' : plural}`;
}
