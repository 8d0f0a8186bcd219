/**
 * What a run recorded in a findings ledger (`duibiao check --ledger`):
 * how many findings were new, persisting, reopened and resolved, and the
 * findings not raised again because they were closed as 已消疑 or
 * 确认误报 with their key evidence unchanged.
 */
export interface SummaryLedger {
  /** The ledger file, as given. */
  file: string;
  /** The run's number in the ledger. */
  run: number;
  /** Findings the run before did not find. */
  new: number;
  /** Findings the run before found too. */
  persisting: number;
  /** Findings closed as fixed (已补正, 已落实) and found again. */
  reopened: number;
  /** Findings the run before found and this one does not. */
  resolved: number;
  /** The findings not raised again, each with its closing. */
  suppressed: {
    /** The finding's id. */
    findingId: string;
    /** Its rule. */
    ruleId: string;
    /** 已消疑 or 确认误报. */
    status: string;
    /** The day it was closed. */
    closedOn: string;
    /** Why it was closed (private text masked unless `unmask`). */
    reason: string | null;
  }[];
}
