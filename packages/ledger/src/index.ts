export {
  CLOSING_STATUSES,
  type ClosingStatus,
  isClosed,
  LINE_LABELS,
  type LineStep,
  nextStatus,
  type StatusStep,
  SUPPRESSING_STATUSES,
  suppresses,
  VERIFICATION_OPINIONS,
  VERIFICATION_STATUSES,
  type VerificationLine,
  type VerificationOpinion,
  type VerificationStatus,
} from './statuses.js';
export {
  type EntryFilter,
  Ledger,
  type PlannedRun,
  type SavedReport,
} from './ledger.js';
export { lineLabel } from './ledger-rows.js';
export { deadlineOf, SEVERITY_DAYS_PARAMETERS } from './deadline.js';
export type {
  HistoryEntry,
  LedgerEntry,
  OpinionInput,
  OpinionOutcome,
  RecordedRun,
  RunInput,
  RunSummary,
  SuppressedFinding,
} from './types.js';
export {
  overdueFindings,
  type OverdueFinding,
  type OverdueGroup,
} from './overdue.js';
export * from './sheets/index.js';
export * from './reports/index.js';
