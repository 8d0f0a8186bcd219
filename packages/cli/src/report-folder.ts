import { mkdir, realpath, rm } from 'node:fs/promises';
import { join } from 'node:path';

import {
  type FolderRead,
  type Summary,
  writeRejectedJsonl,
  writeSummary,
} from '@duibiao/io';

import type { CheckOptions } from './check.js';
import { UsageError } from './errors.js';
import { reasonOf } from './fs-reason.js';
import { replaceFile } from './replace-file.js';

// The --out folder of a check: made ready before the work, cleared of an
// earlier run's files so that it never mixes two runs.

const FINDINGS_FILES = {
  jsonl: 'findings.jsonl',
  csv: 'findings.csv',
  xlsx: 'findings.xlsx',
  html: 'report.html',
} as const;

const RESOLVED_FILE = 'resolved.jsonl';

/**
 * Makes sure the report can be written before the check starts, and
 * removes the report files this run will not write, left by an earlier
 * one (a findings file of a format not asked for, resolved.jsonl without
 * --previous), so the folder never mixes two runs. When the folder is
 * the --previous one, they are removed only once the check is done.
 */
export async function prepareOut(
  out: string,
  options: CheckOptions,
  previousDir: string | undefined,
): Promise<{ out: string; holdsPrevious: boolean }> {
  await makeOut(out, options.out);
  const holdsPrevious =
    previousDir !== undefined &&
    (await realpath(out)) === (await realpath(previousDir));
  if (!holdsPrevious) await clearStale(out, options);

  return { out, holdsPrevious };
}

/**
 * Makes the `--out` folder of a command's report.
 *
 * @param out - Its path.
 * @param given - As the user named it, for the message.
 * @throws {UsageError} When it cannot be made.
 */
export async function makeOut(out: string, given: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw new UsageError(
      `cannot write the report to --out ${given}: ${reasonOf(error)}`,
    );
  }
}

/**
 * Writes one report file into `--out`, beside its place then renamed in
 * (see `replaceFile`).
 *
 * @param out - The folder's path.
 * @param given - The folder as the user named it.
 * @param name - The file's name.
 * @param action - Writes the file at the path it is given.
 * @returns The file as the user would name it, for the summary.
 * @throws {UsageError} When it cannot be written.
 */
export async function writeReportFile(
  out: string,
  given: string,
  name: string,
  action: (path: string) => Promise<void>,
): Promise<string> {
  try {
    await replaceFile(join(out, name), action);
  } catch (error) {
    throw new UsageError(
      `cannot write ${join(given, name)}: ${reasonOf(error)}`,
    );
  }
  return join(given, name);
}

/**
 * Removes the report files this run will not write (see
 * {@link prepareOut}).
 */
export async function clearStale(
  out: string,
  options: CheckOptions,
): Promise<void> {
  const formats = Object.entries(FINDINGS_FILES).filter(
    ([format]) =>
      !options.formats.includes(format as CheckOptions['formats'][number]),
  );
  const stale: string[] = formats.map(([, name]) => name);
  if (options.previous === undefined) stale.push(RESOLVED_FILE);

  try {
    for (const name of stale) await rm(join(out, name), { force: true });
  } catch (error) {
    throw new UsageError(
      `cannot clear an earlier report from --out ${options.out}: ${reasonOf(error)}`,
    );
  }
}

/** Every file a check's report may hold. */
export const REPORT_FILES = [
  ...Object.values(FINDINGS_FILES),
  'summary.json',
  'rejected.jsonl',
  RESOLVED_FILE,
];

/**
 * Writes summary.json and rejected.jsonl alone, the rest of an earlier
 * report removed, for a folder none of whose households or members
 * could be checked.
 */
export async function writeRejections(
  out: string,
  summary: Summary,
  read: FolderRead,
): Promise<void> {
  await clearReport(out);
  await replaceFile(join(out, 'summary.json'), (path) =>
    writeSummary(path, summary),
  );
  await replaceFile(join(out, 'rejected.jsonl'), (path) =>
    writeRejectedJsonl(path, read.rejected),
  );
}

/** Removes every report file from the folder. */
export async function clearReport(out: string): Promise<void> {
  await Promise.all(
    REPORT_FILES.map((name) =>
      rm(join(out, name), { force: true }).catch(() => undefined),
    ),
  );
}
