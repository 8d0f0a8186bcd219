import { open } from 'node:fs/promises';

import type { HasFindingId } from '@duibiao/core';

import { capText } from './cap-text.js';

/**
 * A finding as a findings.jsonl holds it: an object with a `findingId`.
 * Its other fields are kept as they were written, unchecked, so that a
 * file from another version of duibiao can still be compared with.
 */
export type StoredFinding = HasFindingId & Record<string, unknown>;

/** A line of a findings file that was not read, and why. */
export interface UnreadLine {
  /** The file, as given. */
  file: string;
  /** The line, counted from 1. */
  line: number;
  /**
   * The line's text; past 200 characters it keeps its start and ends in
   * `…(N characters)`.
   */
  value: string;
  /** Why it was not read, in English. */
  reason: string;
}

/** What {@link readFindingsJsonl} read. */
export interface FindingsFile {
  /** The findings, in the file's order, each id once. */
  findings: StoredFinding[];
  /** The lines that hold no finding that could be read. */
  unread: UnreadLine[];
}

/**
 * Reads the findings.jsonl of an earlier run, to compare a check with it
 * (see `diffFindings` of `@duibiao/core`). The file is read a line at a
 * time. A line is taken when it is a JSON object with a `findingId` that
 * is text and not empty; blank lines are passed over; any other line,
 * and a line whose `findingId` an earlier line has, is listed in
 * `unread` with its number, text and reason, and the rest of the file is
 * still read. A byte-order mark and CRLF line ends are allowed.
 *
 * @param path - The file.
 * @returns The findings and the lines not read.
 * @throws The file system's error when the file cannot be opened or read
 * (`ENOENT` when there is none, `EISDIR` when it is a folder).
 * @example
 * const earlier = await readFindingsJsonl('out-0915/findings.jsonl');
 * const diff = diffFindings(earlier.findings, check.findings);
 */
export async function readFindingsJsonl(path: string): Promise<FindingsFile> {
  const findings: StoredFinding[] = [];
  const unread: UnreadLine[] = [];
  const lineOf = new Map<string, number>();

  const handle = await open(path);
  let line = 0;
  try {
    for await (const raw of handle.readLines({ encoding: 'utf8' })) {
      line += 1;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;

      const skip = (reason: string) =>
        unread.push({ file: path, line, value: capText(text), reason });
      const finding = readLine(text);
      if (typeof finding === 'string') {
        skip(finding);
        continue;
      }

      const first = lineOf.get(finding.findingId);
      if (first !== undefined) {
        skip(`repeats the findingId of line ${first}`);
        continue;
      }
      lineOf.set(finding.findingId, line);
      findings.push(finding);
    }
  } finally {
    // Reading to the end closes the file; leaving early does not.
    await handle.close().catch(() => undefined);
  }

  return { findings, unread };
}

/** A line's finding, or why it holds none. */
function readLine(text: string): StoredFinding | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `is not JSON (${(error as Error).message})`;
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'is not a JSON object';
  const id = (value as { findingId?: unknown }).findingId;
  if (typeof id !== 'string' || id === '')
    return 'has no findingId (text, not empty)';

  return value as StoredFinding;
}
