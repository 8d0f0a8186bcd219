import type { Finding } from '@duibiao/core';

import type {
  LineStep,
  VerificationLine,
  VerificationStatus,
} from './statuses.js';

/** One finding as the ledger keeps it, run after run. */
export interface LedgerEntry {
  /** The finding as the latest run that found it reported it. */
  finding: Finding;
  /** Reference date (`YYYY-MM-DD`) of the run that first found it. */
  firstSeen: string;
  /** Reference date of the latest run that found it. */
  lastSeen: string;
  /** Whether the latest run recorded found it. */
  present: boolean;
  /** Where its verification stands. */
  status: VerificationStatus;
  /** Date of the latest change of status (an opinion's date, or a run's). */
  statusSince: string;
  /** The last day allowed to verify and clear it; `null` when none applies. */
  deadline: string | null;
  /** Every opinion and change of status, oldest first. */
  history: HistoryEntry[];
}

/** One step of a finding's history. */
export interface HistoryEntry {
  /** Who acted: a line, or `run` when a check found it again. */
  line: VerificationLine | 'run';
  /** The opinion or result given (属实, 已消疑, …; 重新发现 for a run). */
  result: string;
  /** Status before. */
  from: VerificationStatus | null;
  /** Status after. */
  to: VerificationStatus;
  /** Who gave it (a name, a unit); `null` for a run. */
  who: string | null;
  /** Date it was given, `YYYY-MM-DD`. */
  on: string;
  /** Why, where given. */
  reason: string | null;
  /** The evidence's reference, where given. */
  evidence: string | null;
  /** Where it came from: a sheet's file and line, or the run. */
  source: string | null;
}

/** An opinion or review to apply to a finding. */
export interface OpinionInput extends LineStep {
  /** The finding. */
  findingId: string;
  /** Who gives it. */
  who?: string;
  /** The date it was given, `YYYY-MM-DD`. */
  on: string;
  /**
   * `on` was not given but taken from the import's date: an opinion
   * recorded before is then the same whatever its date.
   */
  onDefaulted?: boolean;
  /** Where it comes from, such as `城关镇.xlsx:7`. */
  source?: string;
}

/** What applying an opinion did. */
export type OpinionOutcome =
  | {
      /** Applied: the status moved. */
      kind: 'applied';
      /** The status before. */
      from: VerificationStatus;
      /** The status after. */
      to: VerificationStatus;
    }
  | {
      /** The same opinion was recorded before (the sheet was imported twice). */
      kind: 'already';
    }
  | {
      /** Refused: nothing changed. */
      kind: 'refused';
      /** Why, in Chinese, naming the finding and its status. */
      reason: string;
    };

/** A run of the check, as `recordRun` is given it. */
export interface RunInput {
  /** The check's reference date, `YYYY-MM-DD`. */
  asOf: string;
  /** The folder checked, as the user named it. */
  folder: string;
  /** The plugin, as the user named it. */
  plugin: string;
  /** Every finding of the run. */
  findings: readonly Finding[];
  /**
   * The last day allowed for a finding first found by this run, or
   * `null`; see `deadlineOf`.
   */
  deadline: (finding: Finding) => string | null;
}

/** A finding a run found that the ledger keeps from being raised again. */
export interface SuppressedFinding {
  /** The finding's id. */
  findingId: string;
  /** Its rule. */
  ruleId: string;
  /** 已消疑 or 确认误报. */
  status: VerificationStatus;
  /** When it was closed. */
  closedOn: string;
  /** Why it was closed. */
  reason: string | null;
}

/** What recording a run found, finding by finding. */
export interface RecordedRun {
  /** The run's number in the ledger, from 1. */
  run: number;
  /** Its reference date. */
  asOf: string;
  /** Findings the run raises: every finding but the suppressed ones. */
  raised: Finding[];
  /** Ids not found by the run before (first found, or found again after a gap). */
  new: string[];
  /** Ids the run before found too. */
  persisting: string[];
  /**
   * Ids closed as fixed (已补正, 已落实) that the run finds again: back
   * to 待核实 (they are counted as new or persisting as well).
   */
  reopened: string[];
  /** Ids the run before found and this one does not. */
  resolved: string[];
  /** Findings closed as 已消疑 or 确认误报 whose evidence is unchanged. */
  suppressed: SuppressedFinding[];
}

/** A run as the ledger lists it. */
export interface RunSummary {
  /** The run's number. */
  run: number;
  /** Its reference date. */
  asOf: string;
  /** When it was recorded (ISO time). */
  recordedAt: string;
  /** The folder checked. */
  folder: string;
  /** The plugin. */
  plugin: string;
  /** How many findings it raised, new, persisting, reopened, resolved, suppressed. */
  counts: {
    /** Findings it raised (all but the suppressed). */
    raised: number;
    /** Not found by the run before. */
    new: number;
    /** Found by the run before too. */
    persisting: number;
    /** Closed as fixed and found again. */
    reopened: number;
    /** Found by the run before, not by this one. */
    resolved: number;
    /** Closed as 已消疑 or 确认误报, evidence unchanged: not raised. */
    suppressed: number;
  };
}
