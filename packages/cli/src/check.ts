import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
  type CheckResult,
  createChecker,
  diffFindings,
  type Plugin,
} from '@duibiao/core';
import {
  buildSummary,
  checkFolder,
  type CsvEncoding,
  type FolderRead,
  InputError,
  type Summary,
  writeFindingsCsv,
  writeFindingsJsonl,
  writeFindingsXlsx,
  writeRejectedJsonl,
  writeReportHtml,
  writeResolvedJsonl,
  writeSummary,
} from '@duibiao/io';

import { isJsonPlugin, loadPlugin, pluginSpecifier } from './load-plugin.js';
import { nothingChecked } from './nothing-checked.js';
import { readPrevious, summaryDiff } from './previous-run.js';
import { ProgressBar } from './progress.js';
import { outsideRegions } from './outside-regions.js';
import { formatSummary } from './print-summary.js';
import {
  clearReport,
  clearStale,
  prepareOut,
  REPORT_FILES,
  writeRejections,
  writeReportFile,
} from './report-folder.js';

export { parseAsOf } from './parse-command.js';
import {
  checkRunLedger,
  closeRunLedger,
  commitLedgerRun,
  openRunLedger,
  planLedgerRun,
  type RunLedger,
} from './check-ledger.js';
import { sqlCheck } from './sql-check.js';
import { StopSignals } from './stop-signals.js';

/** Options of the check command, as parsed from the command line. */
export interface CheckOptions {
  /** The folder of table files to check. */
  folder: string;
  /** The reference date, `YYYY-MM-DD`. */
  asOf: string;
  /** `shaanxi`, `national`, or a plugin package or module path. */
  plugin: string;
  /** The folder the report is written into. */
  out: string;
  /** The findings files to write. */
  formats: readonly ('jsonl' | 'csv' | 'xlsx' | 'html')[];
  /** Whether reports for people show full ID numbers. */
  unmask: boolean;
  /** findings.csv's character encoding; UTF-8 with a BOM unless given. */
  encoding?: CsvEncoding;
  /** Threads that check parts of a large folder; 1 checks in this one. */
  workers?: number;
  /** Parts to check a registry-only folder in; 0 reads it whole. */
  parts?: number;
  /**
   * `duckdb` runs the rules that have a SQL form in an embedded DuckDB
   * (`@duibiao/sql`), the rest in-process; the report is the same.
   */
  engine?: 'in-process' | 'duckdb' | 'postgres';
  /** With `engine: 'postgres'`: the database's connection string. */
  db?: string;
  /** No progress bar. */
  quiet?: boolean;
  /**
   * The `--out` folder of an earlier run: each finding is marked new or
   * persisting against its findings.jsonl, and the earlier findings that
   * are gone are written to resolved.jsonl.
   */
  previous?: string;
  /**
   * A findings ledger file (made when missing): the run is recorded in it
   * once the report is written, and findings closed as 已消疑 or 确认误报
   * with unchanged evidence are not raised again.
   */
  ledger?: string;
}

/** Where the command writes and what the user's terminal is. */
export interface CommandIo {
  /** The folder relative paths are taken from. */
  cwd: string;
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: only then is progress shown. */
  stderrIsTerminal?: boolean;
}

/**
 * Runs `duibiao check`: reads the folder, checks it, writes the report
 * and prints a summary. With `previous`, the earlier run's findings.jsonl
 * is read before anything is written, so `previous` may be `out` itself.
 *
 * @param options - Parsed options.
 * @param io - Working folder and output streams.
 * @returns The summary written to summary.json.
 * @throws {InputError} When the folder is unusable (exit code 1); when
 * every row of the households or of the members file was rejected, after
 * writing summary.json and rejected.jsonl alone.
 * @throws {UsageError} When the plugin cannot be loaded, or `previous` is
 * not a folder with a findings.jsonl (exit code 2).
 */
export async function runCheck(
  options: CheckOptions,
  io: CommandIo,
): Promise<Summary> {
  const started = Date.now();
  const plugin: Plugin = await loadPlugin(options.plugin, io.cwd);
  // Loading the rules first reports a plugin's mistakes before any input
  // is read.
  const { ruleSet } = createChecker({ plugins: [plugin], asOf: options.asOf });
  const earlier =
    options.previous === undefined
      ? undefined
      : await readPrevious(options.previous, io, options.unmask);
  // An unusable ledger stops the run before the work; a new one is made
  // only when the run is recorded.
  if (options.ledger) checkRunLedger(options.ledger, options, io);
  const { out, holdsPrevious } = await prepareOut(
    resolve(io.cwd, options.out),
    options,
    earlier?.dir,
  );
  // A report in the --previous folder is the one the next run compares
  // with: it stays until this run has one to put in its place.
  const kept = holdsPrevious
    ? `duibiao: ${options.out} still holds the earlier report (it is the --previous folder)\n`
    : '';

  const folder = resolve(io.cwd, options.folder);
  const progress = new ProgressBar(
    io.stderr,
    io.stderrIsTerminal === true && options.quiet !== true,
  );
  let result: { read: FolderRead; check: CheckResult };
  // A large folder is spilled to temporary files while it is checked;
  // they go when the check ends, and also when it is interrupted.
  const spill = await mkdtemp(join(tmpdir(), 'duibiao-check-'));
  // Once the run is recorded in the ledger its report stands: a signal
  // that came while it was recorded (synchronously) is handled after.
  let recorded = false;
  let ledger: RunLedger | undefined;
  // Said when a stop removes it: it may be the report of a run a ledger
  // recorded.
  const earlierReport =
    !holdsPrevious && REPORT_FILES.some((name) => existsSync(join(out, name)))
      ? `, and the earlier report in ${options.out} was removed with it`
      : '';
  const stops = new StopSignals((signal) => {
    rmSync(spill, { recursive: true, force: true });
    if (ledger && !recorded) closeRunLedger(ledger, false);
    if (recorded) {
      progress.clear();
      io.stderr(
        `duibiao: stopped (${signal}) after the report was written and the run recorded in ${options.ledger}\n`,
      );
      return;
    }
    // No report of an earlier run may be taken for this one.
    if (!holdsPrevious) {
      for (const name of REPORT_FILES) rmSync(join(out, name), { force: true });
    }
    progress.clear();
    io.stderr(
      `duibiao: stopped (${signal}); no report was written${earlierReport}\n${kept}`,
    );
  });
  try {
    result = await checkFolder(folder, {
      plugins: [plugin],
      asOf: options.asOf,
      pluginModule: pluginSpecifier(options.plugin, io.cwd),
      workers:
        (options.workers ?? 1) > 1 && !isJsonPlugin(options.plugin)
          ? options.workers
          : 0,
      parts: options.parts,
      tempDir: spill,
      onProgress: (state) => progress.update(state),
      ...(options.engine === 'duckdb' || options.engine === 'postgres'
        ? { check: sqlCheck(io, options.engine, options.db, stops) }
        : {}),
    });
  } catch (error) {
    await stops.end();
    // An unusable input writes no report; an earlier run's report is
    // removed so that it cannot be taken for this run's, unless it is the
    // one --previous names.
    if (holdsPrevious) io.stderr(kept);
    else await clearReport(out);
    throw error;
  } finally {
    progress.clear();
    await rm(spill, { recursive: true, force: true });
  }
  // Signals stay caught while the report is written: a stop then removes
  // the files written so far with the earlier run's, rather than leaving
  // a report made of both.
  if (options.ledger) ledger = openRunLedger(options.ledger, io.cwd);
  try {
    const { read } = result;
    const planned =
      ledger &&
      planLedgerRun(
        ledger,
        {
          ruleSet,
          pluginName: options.plugin,
          asOf: options.asOf,
          folder: options.folder,
          findings: result.check.findings,
        },
        io.stderr,
      );
    const check = planned
      ? { ...result.check, findings: planned.plan.raised }
      : result.check;
    const diff = earlier && diffFindings(earlier.file.findings, check.findings);
    const findings = diff ? diff.findings : check.findings;
    const summary = buildSummary({
      folder: options.folder,
      read,
      check,
      durationMs: Date.now() - started,
      unmask: options.unmask,
      ...(earlier && diff ? { diff: summaryDiff(earlier, diff) } : {}),
      ...(planned ? { ledger: planned.summary } : {}),
    });
    const unchecked = nothingChecked(read, options.out);
    if (unchecked.length > 0) {
      // The rows can be fixed: the rejections and their counts are
      // written, and no findings file that could pass for all clear.
      if (holdsPrevious) io.stderr(kept);
      else await writeRejections(out, summary, read);
      throw new InputError(options.folder, unchecked);
    }
    if (holdsPrevious) await clearStale(out, options);

    const written: string[] = [];
    const write = async (
      name: string,
      action: (path: string) => Promise<void>,
    ) => {
      written.push(await writeReportFile(out, options.out, name, action));
    };
    if (options.formats.includes('jsonl')) {
      await write('findings.jsonl', (path) =>
        writeFindingsJsonl(path, findings),
      );
    }
    if (options.formats.includes('csv')) {
      await write('findings.csv', async (path) => {
        const csv = await writeFindingsCsv(path, findings, {
          unmask: options.unmask,
          status: diff !== undefined,
          encoding: options.encoding ?? 'utf-8',
        });
        if (csv.unencodable > 0) {
          io.stderr(
            `duibiao: findings.csv: ${csv.unencodable} character${csv.unencodable === 1 ? '' : 's'} GBK cannot encode were written as ? (${csv.unencodableCharacters.join(' ')})${options.formats.includes('xlsx') ? '; findings.xlsx keeps them' : ''}\n`,
          );
        }
      });
    }
    if (options.formats.includes('xlsx')) {
      await write('findings.xlsx', (path) =>
        writeFindingsXlsx(path, findings, {
          unmask: options.unmask,
          status: diff !== undefined,
        }),
      );
    }
    if (options.formats.includes('html')) {
      await write('report.html', (path) =>
        writeReportHtml(
          path,
          { findings, summary },
          { unmask: options.unmask },
        ),
      );
    }
    if (diff) {
      await write('resolved.jsonl', (path) =>
        writeResolvedJsonl(path, diff.resolved),
      );
    }
    await write('summary.json', (path) => writeSummary(path, summary));
    await write('rejected.jsonl', (path) =>
      writeRejectedJsonl(path, read.rejected),
    );
    // Last, so that a run stopped before this leaves the ledger as it was.
    if (ledger && planned) {
      await commitLedgerRun(ledger, planned.plan, () =>
        holdsPrevious ? Promise.resolve() : clearReport(out),
      );
      recorded = true;
    }

    io.stdout(
      formatSummary(
        summary,
        written,
        Date.now() - started,
        outsideRegions(plugin, check.stats.rules),
        { rows: read.rejected, unmask: options.unmask === true },
      ),
    );

    return summary;
  } finally {
    if (ledger) closeRunLedger(ledger, recorded);
    await stops.end();
  }
}
