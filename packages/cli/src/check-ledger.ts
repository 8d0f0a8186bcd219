import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { DuibiaoError, type Finding, type RuleSet } from '@duibiao/core';
import type { SummaryLedger } from '@duibiao/io';
import { deadlineOf, Ledger, type PlannedRun } from '@duibiao/ledger';

/** A findings ledger a check records its run in (`--ledger`). */
export interface RunLedger {
  /** The ledger file, as the user named it. */
  file: string;
  /** The open ledger. */
  ledger: Ledger;
  /** Whether this run made the file (removed again if no run is recorded). */
  created?: boolean;
}

/**
 * Opens (or makes) the `--ledger` file before anything is checked, so
 * that an unusable file stops the run before the work.
 *
 * @param file - As the user named it.
 * @param cwd - The folder it is relative to.
 * @returns The open ledger.
 * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when it cannot be used.
 */
export function openRunLedger(file: string, cwd: string): RunLedger {
  const path = resolve(cwd, file);
  const created = !existsSync(path);
  return { file, ledger: Ledger.open(path, { create: true }), created };
}

/**
 * Closes the run's ledger; one this run made and recorded nothing in is
 * removed, so that a failed or stopped first run leaves no empty ledger.
 *
 * @param run - The ledger.
 * @param recorded - Whether the run was recorded.
 */
export function closeRunLedger(run: RunLedger, recorded: boolean): void {
  run.ledger.close();
  if (run.created && !recorded) {
    for (const suffix of ['', '-journal'])
      rmSync(`${run.ledger.path}${suffix}`, { force: true });
  }
}

/**
 * Before the work: an existing `--ledger` file must be usable and
 * writable, and its latest run must not be dated after this one (a run
 * as of an earlier date would count the findings since as resolved, then
 * as new again). A run with another plugin than the latest is allowed,
 * with a warning: the findings only one of them raises show as new or
 * resolved.
 *
 * @param file - The ledger, as the user named it.
 * @param run - This run's date and plugin.
 * @param io - The working folder and where warnings go.
 * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when it cannot be used.
 */
export function checkRunLedger(
  file: string,
  run: { asOf: string; plugin: string },
  io: { cwd: string; stderr: (text: string) => void },
): void {
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) {
    // Made only when the run is recorded: its folder is checked now.
    const folder = dirname(path);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
      throw new DuibiaoError(
        'DUIBIAO_LEDGER_UNUSABLE',
        `ledger ${file}: there is no folder ${dirname(file)} to make it in`,
      );
    try {
      accessSync(folder, constants.W_OK);
    } catch {
      throw new DuibiaoError(
        'DUIBIAO_LEDGER_UNUSABLE',
        `ledger ${file}: cannot be made: the folder ${dirname(file)} is read-only`,
      );
    }
    return;
  }
  const { ledger } = openRunLedger(file, io.cwd);
  try {
    const latest = ledger.runs().at(-1);
    if (latest === undefined) return;
    if (latest.asOf > run.asOf)
      throw new DuibiaoError(
        'DUIBIAO_LEDGER_UNUSABLE',
        `ledger ${file}: its latest run (run ${latest.run}) is as of ${latest.asOf}; a run as of ${run.asOf} would count the findings since as resolved and then as new again. Check as of ${latest.asOf} or later, or keep another ledger`,
      );
    if (latest.plugin !== run.plugin)
      io.stderr(
        `duibiao: ledger ${file} was last recorded with --plugin ${latest.plugin}, this run uses ${run.plugin}: findings only one of them raises show as new or resolved\n`,
      );
  } finally {
    ledger.close();
  }
}

/**
 * Works out what the run means for the ledger, without writing: the
 * findings it raises (those closed as 已消疑 or 确认误报 with their
 * evidence unchanged are not raised again), and the counts for the
 * summary.
 *
 * @param run - The ledger.
 * @param input - The run's plugin, date, folder and findings.
 * @returns The plan, to commit once the report is written, and the
 * summary's part.
 */
export function planLedgerRun(
  run: RunLedger,
  input: {
    ruleSet: RuleSet;
    pluginName: string;
    asOf: string;
    folder: string;
    findings: readonly Finding[];
  },
  warn: (text: string) => void = () => undefined,
): { plan: PlannedRun; summary: SummaryLedger } {
  const plan = run.ledger.planRun({
    asOf: input.asOf,
    folder: input.folder,
    plugin: input.pluginName,
    findings: input.findings,
    deadline: deadlineOf(input.ruleSet, input.asOf),
  });
  // Most of what the latest run found gone at once is more often another
  // folder (a county's, a part's) than so much fixed: it cannot be undone.
  const before = plan.persisting.length + plan.resolved.length;
  if (plan.resolved.length >= 10 && plan.resolved.length * 2 > before) {
    const latest = run.ledger.runs().at(-1);
    const folders =
      latest && latest.folder !== input.folder
        ? ` (that run checked ${latest.folder}, this one ${input.folder})`
        : '';
    warn(
      `duibiao: ledger ${run.file}: this run no longer finds ${plan.resolved.length} of the ${before} findings its latest run found${folders}; if it checked another folder than that run, they are now recorded as resolved, and a ledger cannot take a run back\n`,
    );
  }

  return {
    plan,
    summary: {
      file: run.file,
      run: plan.run,
      new: plan.new.length,
      persisting: plan.persisting.length,
      reopened: plan.reopened.length,
      resolved: plan.resolved.length,
      suppressed: plan.suppressed,
    },
  };
}

/**
 * Records the planned run, once the report is written. When it cannot
 * be (the file became unwritable, or another run was recorded meanwhile)
 * the report goes too, so that no report claims a run the ledger lacks.
 *
 * @param run - The ledger.
 * @param plan - From {@link planLedgerRun}.
 * @param clearReport - Removes the report just written.
 * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE`, saying so.
 */
export async function commitLedgerRun(
  run: RunLedger,
  plan: PlannedRun,
  clearReport: () => Promise<void>,
): Promise<void> {
  try {
    run.ledger.commitRun(plan);
  } catch (error) {
    if (!(error instanceof DuibiaoError)) throw error;
    await clearReport();
    throw new DuibiaoError(
      'DUIBIAO_LEDGER_UNUSABLE',
      `${error.message}; the run was not recorded, and its report was removed`,
    );
  }
}
