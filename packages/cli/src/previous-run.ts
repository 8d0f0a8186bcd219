import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { Finding, FindingsDiff } from '@duibiao/core';
import {
  type FindingsFile,
  maskPrivateText,
  readFindingsJsonl,
  type StoredFinding,
  type SummaryDiff,
} from '@duibiao/io';

import type { CommandIo } from './check.js';
import { UsageError } from './errors.js';
import { reasonOf } from './fs-reason.js';

/** The earlier run named by --previous, read. */
export interface PreviousRun {
  /** Its folder, as given. */
  given: string;
  /** Its folder, resolved. */
  dir: string;
  /** Its findings.jsonl, as the user would write the path. */
  shown: string;
  /** What was read from it. */
  file: FindingsFile;
}

/** Lines not read that are named one by one; the rest are counted. */
const UNREAD_SHOWN = 5;

/**
 * Reads the findings.jsonl of the --previous folder, telling on stderr
 * which lines could not be read. The run goes on without them.
 *
 * @param previous - The folder, as given.
 * @param io - Working folder and output streams.
 * @param unmask - Whether lines are shown with full ID numbers.
 * @returns The earlier run.
 * @throws {UsageError} When the folder or its findings.jsonl is missing
 * or cannot be read.
 */
export async function readPrevious(
  previous: string,
  io: CommandIo,
  unmask: boolean,
): Promise<PreviousRun> {
  const dir = resolve(io.cwd, previous);
  const shown = join(previous, 'findings.jsonl');
  const code = (error: unknown) => (error as { code?: string }).code;
  const isFolder = await stat(dir).then(
    (info) => info.isDirectory(),
    (error: unknown) => {
      if (code(error) === 'ENOENT') return undefined;
      throw new UsageError(
        `cannot read --previous ${previous}: ${reasonOf(error)}`,
      );
    },
  );
  if (isFolder === undefined)
    throw new UsageError(`--previous ${previous}: there is no such folder`);
  if (!isFolder)
    throw new UsageError(
      `--previous takes the --out folder of an earlier run, not the file ${previous}`,
    );

  let file: FindingsFile;
  try {
    file = await readFindingsJsonl(join(dir, 'findings.jsonl'));
  } catch (error) {
    if (code(error) === 'ENOENT') {
      throw new UsageError(
        `--previous ${previous} has no findings.jsonl: give the --out folder of an earlier run that wrote one (--format jsonl, the default)`,
      );
    }
    const reason =
      code(error) === 'EISDIR' ? 'it is a folder' : reasonOf(error);
    throw new UsageError(`cannot read ${shown}: ${reason}`);
  }

  // The line may hold a finding's full ID number: masked, as on screen
  // every ID number is, unless --unmask.
  for (const { line, value, reason } of file.unread.slice(0, UNREAD_SHOWN)) {
    const text = unmask ? value : maskPrivateText(value);
    io.stderr(`duibiao: ${shown} line ${line} not read: ${reason}: ${text}\n`);
  }
  const more = file.unread.length - UNREAD_SHOWN;
  if (more > 0) io.stderr(`duibiao: ${shown}: ${more} more lines not read\n`);

  return { given: previous, dir, shown, file };
}

/**
 * The comparison with the earlier run, as summary.json gives it.
 *
 * @param earlier - The earlier run.
 * @param diff - The findings compared.
 * @returns Its counts and the lines not read.
 */
export function summaryDiff(
  earlier: PreviousRun,
  diff: FindingsDiff<Finding, StoredFinding>,
): SummaryDiff {
  const unread = earlier.file.unread.length;

  return {
    previous: earlier.given,
    ...diff.counts,
    ...(unread > 0 ? { unreadLines: unread } : {}),
  };
}
