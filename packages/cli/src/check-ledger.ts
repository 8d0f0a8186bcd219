import { resolve } from 'node:path';

import { type Finding, loadRuleSet, type Plugin } from '@duibiao/core';
import type { SummaryLedger } from '@duibiao/io';
import { deadlineOf, Ledger, type PlannedRun } from '@duibiao/ledger';

/** A findings ledger a check records its run in (`--ledger`). */
export interface RunLedger {
  /** The ledger file, as the user named it. */
  file: string;
  /** The open ledger. */
  ledger: Ledger;
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
  return { file, ledger: Ledger.open(resolve(cwd, file), { create: true }) };
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
    plugin: Plugin;
    pluginName: string;
    asOf: string;
    folder: string;
    findings: readonly Finding[];
  },
): { plan: PlannedRun; summary: SummaryLedger } {
  const ruleSet = loadRuleSet([input.plugin], input.asOf);
  const plan = run.ledger.planRun({
    asOf: input.asOf,
    folder: input.folder,
    plugin: input.pluginName,
    findings: input.findings,
    deadline: deadlineOf(ruleSet, input.asOf),
  });

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
