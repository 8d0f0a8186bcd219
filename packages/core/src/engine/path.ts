import { isBlankText } from './blank-input.js';

/**
 * Reads a JSONPath of the simple form `$.a.b[0]` from a value. A path into
 * something that is not an object or array is unknown (`undefined`) — not
 * the value itself, which is what json-rules-engine would return. Only a
 * value's own keys are read (`$.constructor` of an object is unknown), and
 * blank text found at the path is unknown too.
 *
 * @param value - A fact value.
 * @param path - `$` followed by `.key` and `[index]` steps.
 * @returns The value at the path, or `undefined`.
 * @example
 * readPath({ a: { b: [5] } }, '$.a.b[0]'); // 5
 * readPath(3, '$.a'); // undefined
 */
export function readPath(value: unknown, path: string): unknown {
  const steps = path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) ?? [];
  let current = value;
  for (const step of steps) {
    if (typeof current !== 'object' || current === null) return undefined;
    const key = step.startsWith('.')
      ? step.slice(1)
      : Number(step.slice(1, -1));
    if (Array.isArray(current) !== (typeof key === 'number')) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }

  // Blank text read at a path is unknown, as a blank fact is.
  return isBlankText(current) ? undefined : current;
}
