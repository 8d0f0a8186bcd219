import {
  type Finding,
  FINDING_COLUMNS,
  type FindingStatus,
} from '@duibiao/core';

import { jsonLines, writeTextFile } from './write-text-file.js';

/**
 * Writes findings as JSON Lines for machines: one object per line, keys in
 * the order of the findings table (`FINDING_COLUMNS`) followed by `data`.
 * A finding compared with an earlier run (see `diffFindings` of
 * `@duibiao/core`) has its `status` right after `findingId`; one without
 * a status is written without the key. ID numbers are written in full.
 *
 * @param path - The file to write; parent folders are created.
 * @param findings - The findings of a check, with or without status.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * const { findings } = await checker.check(dataset);
 * await writeFindingsJsonl('out/findings.jsonl', findings);
 */
export async function writeFindingsJsonl(
  path: string,
  findings: readonly (Finding & { status?: FindingStatus })[],
): Promise<void> {
  const rows = findings.map((finding) => {
    // findingId leads, so the status set after it keeps its place when
    // the columns are copied.
    const row: Record<string, unknown> = { findingId: finding.findingId };
    if (finding.status !== undefined) row.status = finding.status;
    for (const [key] of FINDING_COLUMNS) row[key] = finding[key];
    row.data = finding.data;
    return row;
  });

  await writeTextFile(path, jsonLines(rows));
}
