import type Database from 'better-sqlite3';

import { historyInsert, runCount, unusable } from './ledger-rows.js';
import { isClosed, suppresses, type VerificationStatus } from './statuses.js';
import type { RecordedRun, RunInput, SuppressedFinding } from './types.js';

/** A run planned by `Ledger.planRun`, to be committed. */
export interface PlannedRun extends RecordedRun {
  /** Internal: the run count the plan was made against. */
  readonly basedOn: number;
  /** Internal: the run's input. */
  readonly input: RunInput;
}

/**
 * Works out what a run means for the ledger without writing anything.
 *
 * @param db - The ledger's database.
 * @param input - The run.
 * @returns The plan.
 */
export function planRun(db: Database.Database, input: RunInput): PlannedRun {
  const basedOn = runCount(db);
  const before = db.prepare(
    `SELECT status, present, status_since FROM findings WHERE finding_id = ?`,
  );
  const lastReason = db.prepare(
    `SELECT reason FROM history WHERE finding_id = ? ORDER BY id DESC LIMIT 1`,
  );
  const plan: PlannedRun = {
    run: basedOn + 1,
    asOf: input.asOf,
    raised: [],
    new: [],
    persisting: [],
    reopened: [],
    resolved: [],
    suppressed: [],
    basedOn,
    input,
  };
  const seen = new Set<string>();
  for (const finding of input.findings) {
    if (seen.has(finding.findingId)) continue;
    seen.add(finding.findingId);
    const row = before.get(finding.findingId) as
      | { status: VerificationStatus; present: number; status_since: string }
      | undefined;
    if (row && suppresses(row.status)) {
      const closed: SuppressedFinding = {
        findingId: finding.findingId,
        ruleId: finding.ruleId,
        status: row.status,
        closedOn: row.status_since,
        reason:
          (
            lastReason.get(finding.findingId) as
              | { reason: string | null }
              | undefined
          )?.reason ?? null,
      };
      plan.suppressed.push(closed);
      continue;
    }
    plan.raised.push(finding);
    if (row && isClosed(row.status)) plan.reopened.push(finding.findingId);
    (row?.present === 1 ? plan.persisting : plan.new).push(finding.findingId);
  }
  const present = db
    .prepare(
      `SELECT finding_id FROM findings WHERE present = 1 ORDER BY finding_id`,
    )
    .pluck()
    .all() as string[];
  plan.resolved = present.filter((id) => !seen.has(id));

  return plan;
}

/**
 * Writes a planned run; the caller wraps it in one transaction.
 *
 * @param db - The ledger's database.
 * @param path - The ledger file, for messages.
 * @param plan - From {@link planRun}.
 * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when another run was
 * recorded since the plan was made.
 */
export function writeRun(
  db: Database.Database,
  path: string,
  plan: PlannedRun,
): void {
  const { input } = plan;
  if (runCount(db) !== plan.basedOn)
    throw unusable(
      path,
      'another run was recorded in it while this one was checked; check again',
    );
  const recordedAt = new Date().toISOString();
  db.prepare(
    `INSERT INTO runs (run, as_of, recorded_at, folder, plugin, raised, new, persisting, reopened, resolved, suppressed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    plan.run,
    input.asOf,
    recordedAt,
    input.folder,
    input.plugin,
    plan.raised.length,
    plan.new.length,
    plan.persisting.length,
    plan.reopened.length,
    plan.resolved.length,
    plan.suppressed.length,
  );
  const state = db.prepare(
    `INSERT INTO run_findings (run, finding_id, state, reopened) VALUES (?, ?, ?, ?)`,
  );
  const known = db.prepare(`SELECT status FROM findings WHERE finding_id = ?`);
  const insert = db.prepare(
    `INSERT INTO findings (finding_id, rule_id, severity, category, county, township, department, finding, first_seen, last_seen, present, status, status_since, deadline)
     VALUES (@id, @rule, @severity, @category, @county, @township, @department, @finding, @asOf, @asOf, 1, '待核实', @asOf, @deadline)`,
  );
  const update = db.prepare(
    `UPDATE findings SET finding = @finding, last_seen = @asOf, present = 1,
       county = @county, township = @township, department = @department
     WHERE finding_id = @id`,
  );
  const reopen = db.prepare(
    `UPDATE findings SET status = '待核实', status_since = @asOf, deadline = @deadline WHERE finding_id = @id`,
  );
  const history = historyInsert(db);
  const reopened = new Set(plan.reopened);
  const isNew = new Set(plan.new);
  for (const finding of plan.raised) {
    const id = finding.findingId;
    const values = {
      id,
      rule: finding.ruleId,
      severity: finding.severity,
      category: finding.category,
      county: finding.county,
      township: finding.township,
      department: finding.department,
      finding: JSON.stringify(finding),
      asOf: input.asOf,
      deadline: input.deadline(finding),
    };
    const row = known.get(id) as { status: VerificationStatus } | undefined;
    if (row === undefined) {
      insert.run(values);
      history.run(runStep(id, '发现', null, '待核实', plan.run, input.asOf));
    } else {
      update.run(values);
      if (reopened.has(id)) {
        reopen.run(values);
        history.run(
          runStep(id, '重新发现', row.status, '待核实', plan.run, input.asOf),
        );
      }
    }
    state.run(
      plan.run,
      id,
      isNew.has(id) ? 'new' : 'persisting',
      reopened.has(id) ? 1 : 0,
    );
  }
  const seenAgain = db.prepare(
    `UPDATE findings SET last_seen = ?, present = 1 WHERE finding_id = ?`,
  );
  for (const closed of plan.suppressed) {
    seenAgain.run(input.asOf, closed.findingId);
    state.run(plan.run, closed.findingId, 'suppressed', 0);
  }
  const gone = db.prepare(
    `UPDATE findings SET present = 0 WHERE finding_id = ?`,
  );
  for (const id of plan.resolved) {
    gone.run(id);
    state.run(plan.run, id, 'resolved', 0);
  }
}

function runStep(
  findingId: string,
  result: string,
  from: VerificationStatus | null,
  to: VerificationStatus,
  run: number,
  asOf: string,
) {
  return {
    findingId,
    line: 'run',
    result,
    from,
    to,
    who: null,
    on: asOf,
    reason: null,
    evidence: null,
    source: `run ${run}`,
  };
}
