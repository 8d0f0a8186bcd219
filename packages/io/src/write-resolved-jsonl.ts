import type { HasFindingId } from '@duibiao/core';

import { jsonLines, writeTextFile } from './write-text-file.js';

/**
 * Writes the findings of an earlier run that a check no longer finds, as
 * JSON Lines: one object per line, each as it was read from the earlier
 * findings.jsonl, with `status: "resolved"` (the `resolved` of
 * `diffFindings` of `@duibiao/core`). ID numbers are written in full, as
 * in findings.jsonl.
 *
 * @param path - The file to write; parent folders are created.
 * @param resolved - The earlier findings that are gone.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * const earlier = await readFindingsJsonl('out-0915/findings.jsonl');
 * const diff = diffFindings(earlier.findings, check.findings);
 * await writeResolvedJsonl('out/resolved.jsonl', diff.resolved);
 */
export async function writeResolvedJsonl(
  path: string,
  resolved: readonly HasFindingId[],
): Promise<void> {
  await writeTextFile(path, jsonLines(resolved));
}
