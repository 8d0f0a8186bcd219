import { capText } from './cap-text.js';
import type { Rejection } from './read-result.js';
import { jsonLines, writeTextFile } from './write-text-file.js';

/**
 * Writes rejected rows as JSON Lines: one object per line with `table`,
 * `file`, `line`, `column`, `value`, `code` and `reason`. A value longer than 200
 * characters keeps its start and ends in `…(N characters)`, N being its
 * full length, so that one huge cell does not make a huge line.
 *
 * @param path - The file to write; parent folders are created.
 * @param rejected - The rejections of {@link readFolder}.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * const read = await readFolder('exports/2020-09');
 * await writeRejectedJsonl('out/rejected.jsonl', read.rejected);
 */
export async function writeRejectedJsonl(
  path: string,
  rejected: readonly Rejection[],
): Promise<void> {
  const rows = rejected.map((rejection) => {
    const { table, file, line, column, value, code, reason } = rejection;
    const capped = value === null ? null : capText(value);

    return { table, file, line, column, value: capped, code, reason };
  });

  await writeTextFile(path, jsonLines(rows));
}
