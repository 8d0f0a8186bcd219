/**
 * Helpers that check the shape of a plugin written as JSON, reporting
 * each mistake at its JSON path.
 */

/** Receives one mistake and the JSON path where it is. */
export type Report = (path: string, message: string) => void;

/**
 * Keys that would reach an object's prototype. They are refused wherever
 * they are, once, by the plugin's reader; the other checks skip them.
 */
export const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a value is a plain JSON object (not an array, not null).
 *
 * @param value - Any value.
 * @returns `true` for `{ … }`.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The path of a key of the object at `path`: `a.b`, or `a["x/y"]` for a
 * key that is not a plain name.
 *
 * @param path - The object's path; `''` for the file's top level.
 * @param key - The key.
 * @returns The key's path.
 */
export function keyPath(path: string, key: string): string {
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  if (plain) return path === '' ? key : `${path}.${key}`;

  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Reports each key of an object that is not one it may have: a misspelt
 * key would otherwise be ignored without a word.
 *
 * @param value - The object.
 * @param path - Its path.
 * @param allowed - The keys it may have.
 * @param what - What it is, for the message: `a parameter`.
 * @param problem - Receives the problems.
 */
export function refuseUnknownKeys(
  value: Record<string, unknown>,
  path: string,
  allowed: readonly string[],
  what: string,
  problem: Report,
): void {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key) || FORBIDDEN.has(key)) continue;
    problem(
      keyPath(path, key),
      `unknown key; ${what} has ${allowed.join(', ')}`,
    );
  }
}
