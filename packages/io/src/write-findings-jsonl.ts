import { type Finding, FINDING_COLUMNS } from '@duibiao/core';

import { jsonLines, writeTextFile } from './write-text-file.js';

/**
 * Writes findings as JSON Lines for machines: one object per line, keys in
 * the order of the findings table (`FINDING_COLUMNS`) followed by `data`.
 * ID numbers are written in full.
 *
 * @param path - The file to write; parent folders are created.
 * @param findings - The findings of a check.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * const { findings } = await checker.check(dataset);
 * await writeFindingsJsonl('out/findings.jsonl', findings);
 */
export async function writeFindingsJsonl(
  path: string,
  findings: readonly Finding[],
): Promise<void> {
  const rows = findings.map((finding) => {
    const row: Record<string, unknown> = {};
    for (const [key] of FINDING_COLUMNS) row[key] = finding[key];
    row.data = finding.data;
    return row;
  });

  await writeTextFile(path, jsonLines(rows));
}
