import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes UTF-8 text, creating the parent folders first.
 *
 * @param path - The file to write; an existing file is replaced.
 * @param text - The text.
 */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}

/**
 * Joins values as JSON Lines: one JSON text per line, each line ending in
 * a line feed.
 *
 * @param values - The values.
 * @returns The text; `''` for no values.
 */
export function jsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
