import { DuibiaoError, type Finding } from '@duibiao/core';
import type Database from 'better-sqlite3';

import { LINE_LABELS, type VerificationStatus } from './statuses.js';
import type { HistoryEntry, LedgerEntry } from './types.js';

// The ledger's rows as SQLite gives them, and what turns them into the
// package's types.

/**
 * The statement that reads a finding's history, oldest first: prepared
 * once for all the entries listed.
 *
 * @param db - The ledger's database.
 * @returns The prepared statement, taking the finding's id.
 */
export function historyQuery(db: Database.Database): Database.Statement {
  return db.prepare(`SELECT * FROM history WHERE finding_id = ? ORDER BY id`);
}

/**
 * One finding's entry from its row, with its history.
 *
 * @param historyOf - From {@link historyQuery}.
 * @param row - The finding's row.
 * @returns The entry.
 */
export function entryOf(
  historyOf: Database.Statement,
  row: FindingRow,
): LedgerEntry {
  const history = historyOf.all(row.finding_id) as HistoryRow[];
  return {
    finding: JSON.parse(row.finding) as Finding,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    present: row.present === 1,
    status: row.status,
    statusSince: row.status_since,
    deadline: row.deadline,
    history: history.map(
      (h): HistoryEntry => ({
        line: h.line,
        result: h.result,
        from: h.from_status,
        to: h.to_status,
        who: h.who,
        on: h.on_date,
        reason: h.reason,
        evidence: h.evidence,
        source: h.source,
      }),
    ),
  };
}

/**
 * The statement that adds a step to a finding's history.
 *
 * @param db - The ledger's database.
 * @returns The prepared statement, taking named values.
 */
export function historyInsert(db: Database.Database): Database.Statement {
  return db.prepare(
    `INSERT INTO history (finding_id, line, result, from_status, to_status, who, on_date, reason, evidence, source)
     VALUES (@findingId, @line, @result, @from, @to, @who, @on, @reason, @evidence, @source)`,
  );
}

/**
 * How many runs the ledger holds.
 *
 * @param db - The ledger's database.
 * @returns The count.
 */
export function runCount(db: Database.Database): number {
  return (db.prepare(`SELECT count(*) AS n FROM runs`).get() as { n: number })
    .n;
}

/**
 * The error of a ledger that cannot be used, naming the file.
 *
 * @param path - The ledger file.
 * @param why - What is wrong and what to do.
 * @returns The error, code `DUIBIAO_LEDGER_UNUSABLE`.
 */
export function unusable(path: string, why: string): DuibiaoError {
  return new DuibiaoError('DUIBIAO_LEDGER_UNUSABLE', `ledger ${path}: ${why}`);
}

/** Names the lines for messages. */
export const lineLabel = (line: HistoryEntry['line']): string =>
  line === 'run' ? '检查' : LINE_LABELS[line];

export interface FindingRow {
  finding_id: string;
  finding: string;
  first_seen: string;
  last_seen: string;
  present: number;
  status: VerificationStatus;
  status_since: string;
  deadline: string | null;
}

export interface RunRow {
  run: number;
  as_of: string;
  recorded_at: string;
  folder: string;
  plugin: string;
  raised: number;
  new: number;
  persisting: number;
  reopened: number;
  resolved: number;
  suppressed: number;
}

export interface HistoryRow {
  line: HistoryEntry['line'];
  result: string;
  from_status: VerificationStatus | null;
  to_status: VerificationStatus;
  who: string | null;
  on_date: string;
  reason: string | null;
  evidence: string | null;
  source: string | null;
}
