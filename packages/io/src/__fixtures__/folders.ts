import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { ReadResult } from '@duibiao/io';
import { expect } from 'vitest';

import { isCoreTable } from '../tables.js';

const made: string[] = [];

/**
 * Makes a temporary folder holding the given files; text is written as
 * UTF-8 without a byte-order mark, bytes as they are.
 *
 * @param files - File name (may include subfolders) → content.
 * @returns The folder's path.
 */
export async function makeFolder(
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'duibiao-io-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }

  return dir;
}

/** Removes every folder {@link makeFolder} made. */
export async function removeFolders(): Promise<void> {
  const dirs = made.splice(0);
  const remove = (dir: string) => rm(dir, { recursive: true, force: true });
  await Promise.all(dirs.map(remove));
}

/**
 * Text as UTF-16 with its byte-order mark, as Excel saves "Unicode text".
 *
 * @param text - The text.
 * @param order - Byte order.
 * @returns The bytes.
 */
export function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');

  return order === 'le' ? bytes : bytes.swap16();
}

/**
 * Asserts the invariant of every read: per table, read = checked +
 * rejected, the rejections listed match the count, and the data set holds
 * exactly the checked rows.
 *
 * @param result - A read result.
 */
export function expectBalanced(result: ReadResult): void {
  for (const table of result.tables) {
    expect(table.read).toBe(table.checked + table.rejected);
    const listed = result.rejected.filter(
      (rejection) => rejection.table === table.table,
    );
    expect(listed).toHaveLength(table.rejected);
    const records = isCoreTable(table.table)
      ? result.dataset[table.table]
      : result.dataset.lists?.[table.table];
    expect(records).toHaveLength(table.checked);
  }
  for (const key of ['households', 'members', 'villages'] as const) {
    if (!result.tables.some((table) => table.table === key)) {
      expect(result.dataset[key]).toHaveLength(0);
    }
  }
}
