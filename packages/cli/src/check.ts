import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
  CATEGORIES,
  CATEGORY_LABELS,
  type CheckResult,
  createChecker,
  isCalendarDate,
  type Plugin,
} from '@duibiao/core';
import {
  buildSummary,
  checkFolder,
  type FolderRead,
  type Summary,
  writeFindingsCsv,
  writeFindingsJsonl,
  writeRejectedJsonl,
  writeSummary,
} from '@duibiao/io';

import { UsageError } from './errors.js';
import { loadPlugin, pluginSpecifier } from './load-plugin.js';
import { ProgressBar } from './progress.js';
import { formatTable } from './table.js';

/** Options of the check command, as parsed from the command line. */
export interface CheckOptions {
  folder: string;
  asOf: string;
  plugin: string;
  out: string;
  formats: readonly ('jsonl' | 'csv')[];
  unmask: boolean;
  /** Threads that check parts of a large folder; 1 checks in this one. */
  workers?: number;
  /** No progress bar. */
  quiet?: boolean;
}

/** Where the command writes and what the user's terminal is. */
export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: only then is progress shown. */
  stderrIsTerminal?: boolean;
}

const TABLE_NAMES: Readonly<Record<string, string>> = {
  households: '户信息',
  members: '人员信息',
  villages: '村信息',
};

/**
 * Runs `duibiao check`: reads the folder, checks it, writes the report
 * and prints a summary.
 *
 * @param options - Parsed options.
 * @param io - Working folder and output streams.
 * @returns The summary written to summary.json.
 * @throws {InputError} When the folder is unusable (exit code 1).
 * @throws {UsageError} When the plugin cannot be loaded (exit code 2).
 */
export async function runCheck(
  options: CheckOptions,
  io: CommandIo,
): Promise<Summary> {
  const started = Date.now();
  const plugin: Plugin = await loadPlugin(options.plugin, io.cwd);
  // Loading the rules first reports a plugin's mistakes before any input
  // is read.
  createChecker({ plugins: [plugin], asOf: options.asOf });
  const out = await prepareOut(resolve(io.cwd, options.out), options);

  const folder = resolve(io.cwd, options.folder);
  const progress = new ProgressBar(
    io.stderr,
    io.stderrIsTerminal === true && options.quiet !== true,
  );
  let result: { read: FolderRead; check: CheckResult };
  // A large folder is spilled to temporary files while it is checked;
  // they go when the check ends, and also when it is interrupted.
  const spill = await mkdtemp(join(tmpdir(), 'duibiao-check-'));
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(spill, { recursive: true, force: true });
    // No report of an earlier run may be taken for this one.
    for (const name of REPORT_FILES) rmSync(join(out, name), { force: true });
    progress.clear();
    io.stderr(`duibiao: stopped (${signal}); no report was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    result = await checkFolder(folder, {
      plugins: [plugin],
      asOf: options.asOf,
      pluginModule: pluginSpecifier(options.plugin, io.cwd),
      workers: (options.workers ?? 1) > 1 ? options.workers : 0,
      tempDir: spill,
      onProgress: (state) => progress.update(state),
    });
  } catch (error) {
    // An unusable input writes no report; an earlier run's report is
    // removed so that it cannot be taken for this run's.
    await clearReport(out);
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    progress.clear();
    await rm(spill, { recursive: true, force: true });
  }
  const { read, check } = result;
  const summary = buildSummary({
    folder: options.folder,
    read,
    check,
    durationMs: Date.now() - started,
    unmask: options.unmask,
  });

  const written: string[] = [];
  const write = async (
    name: string,
    action: (path: string) => Promise<void>,
  ) => {
    try {
      await action(join(out, name));
    } catch (error) {
      throw new UsageError(
        `cannot write ${join(options.out, name)}: ${reasonOf(error)}`,
      );
    }
    written.push(join(options.out, name));
  };
  if (options.formats.includes('jsonl')) {
    await write('findings.jsonl', (path) =>
      writeFindingsJsonl(path, check.findings),
    );
  }
  if (options.formats.includes('csv')) {
    await write('findings.csv', (path) =>
      writeFindingsCsv(path, check.findings, { unmask: options.unmask }),
    );
  }
  await write('summary.json', (path) => writeSummary(path, summary));
  await write('rejected.jsonl', (path) =>
    writeRejectedJsonl(path, read.rejected),
  );

  io.stdout(describe(summary, written, Date.now() - started));

  return summary;
}

const FINDINGS_FILES = {
  jsonl: 'findings.jsonl',
  csv: 'findings.csv',
} as const;

/**
 * Makes sure the report can be written before the check starts, and
 * removes a findings file of a format not asked for, left by an earlier
 * run, so the folder never mixes two runs.
 */
async function prepareOut(out: string, options: CheckOptions): Promise<string> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw new UsageError(
      `cannot write the report to --out ${options.out}: ${reasonOf(error)}`,
    );
  }
  try {
    for (const [format, name] of Object.entries(FINDINGS_FILES)) {
      if (!options.formats.includes(format as 'jsonl' | 'csv')) {
        await rm(join(out, name), { force: true });
      }
    }
  } catch (error) {
    throw new UsageError(
      `cannot clear an earlier report from --out ${options.out}: ${reasonOf(error)}`,
    );
  }

  return out;
}

const REPORT_FILES = [
  ...Object.values(FINDINGS_FILES),
  'summary.json',
  'rejected.jsonl',
];

async function clearReport(out: string): Promise<void> {
  const names = REPORT_FILES;
  await Promise.all(
    names.map((name) =>
      rm(join(out, name), { force: true }).catch(() => undefined),
    ),
  );
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return 'a file is in the way of the folder';
  if (code === 'EISDIR' || code === 'ERR_FS_EISDIR')
    return 'a folder is in the way of a report file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';

  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads and checks the `--as-of` value.
 *
 * @param value - What the user gave, or `undefined` for today.
 * @param today - Today's date, `YYYY-MM-DD`.
 * @returns The reference date.
 * @throws {UsageError} When it is not a real YYYY-MM-DD date.
 */
export function parseAsOf(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)) return value;

  throw new UsageError(
    `--as-of must be a real date written YYYY-MM-DD, not ${JSON.stringify(value)}`,
  );
}

function describe(
  summary: Summary,
  written: readonly string[],
  ms: number,
): string {
  const plugins = summary.plugins
    .map((p) => `${p.name} ${p.version}`)
    .join(', ');
  const rows = Object.entries(summary.rows).map(([table, r]) => [
    `${TABLE_NAMES[table] ?? table} ${table}`,
    String(r.read),
    String(r.checked),
    String(r.rejected),
  ]);
  const categories = CATEGORIES.map((category) => [
    `  ${CATEGORY_LABELS[category]} ${category}`,
    String(summary.findings.byCategory[category]),
  ]);
  const unknownRules = Object.keys(summary.unknown).length;
  const unknownCount = Object.values(summary.unknown).reduce(
    (sum, u) => sum + u.count,
    0,
  );
  const rejected = Object.values(summary.rows).reduce(
    (sum, r) => sum + r.rejected,
    0,
  );

  const lines = [
    `duibiao check ${summary.folder} — as of ${summary.asOf} — ${plugins}`,
    '',
    ...formatTable([['table', 'read', 'checked', 'rejected'], ...rows], 'lrrr'),
    '',
    ...formatTable(
      [[`findings`, String(summary.findings.total)], ...categories],
      'lr',
    ),
    '',
    `unknown outcomes (a blank value, no finding): ${unknownCount} across ${unknownRules} rules`,
    `rejected rows: ${rejected}${rejected > 0 ? ' (see rejected.jsonl)' : ''}`,
  ];
  if (summary.unplacedMembers) {
    lines.push(
      `member rows with no readable 户编号: ${summary.unplacedMembers} — they may belong to any household, so no household's member counts are judged until they are fixed`,
    );
  }
  for (const { file, reason } of summary.notRead)
    lines.push(`not read: ${file} (${reason})`);
  for (const { table, reason } of summary.notCompared)
    lines.push(`not compared: ${table} (${reason})`);
  for (const { ruleId, reason } of summary.skippedRules)
    lines.push(`rule not run: ${ruleId} (${reason})`);
  const errors = Object.entries(summary.errors);
  for (const [ruleId, { count }] of errors)
    lines.push(
      `rule error: ${ruleId} failed on ${count} subjects (see summary.json)`,
    );
  lines.push(
    '',
    `wrote ${written.join(', ')} in ${(ms / 1000).toFixed(1)} s`,
    '',
  );

  return lines.join('\n');
}
