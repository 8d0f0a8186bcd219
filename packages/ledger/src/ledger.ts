import { DuibiaoError, type Finding, isCalendarDate } from '@duibiao/core';
import Database from 'better-sqlite3';

import { LEDGER_SCHEMA, LEDGER_VERSION } from './schema.js';
import {
  isClosed,
  LINE_LABELS,
  nextStatus,
  suppresses,
  type VerificationStatus,
} from './statuses.js';
import type {
  HistoryEntry,
  LedgerEntry,
  OpinionInput,
  OpinionOutcome,
  RecordedRun,
  RunInput,
  RunSummary,
  SuppressedFinding,
} from './types.js';

/** Which entries {@link Ledger.entries} lists; every one given must hold. */
export interface EntryFilter {
  /** Found by the latest run (`true`) or not (`false`). */
  present?: boolean;
  /** Open (not closed) or closed. */
  open?: boolean;
  /** In this county (its name). */
  county?: string;
  /** In this township (its name). */
  township?: string;
  /** The responsible department. */
  department?: string;
}

/** A report kept in the ledger, to compare the next one with. */
export interface SavedReport {
  /** Its reference date. */
  asOf: string;
  /** When it was made (ISO time). */
  madeAt: string;
  /** What it held, as given to {@link Ledger.saveReport}. */
  body: unknown;
}

/** A run planned by {@link Ledger.planRun}, to be committed. */
export interface PlannedRun extends RecordedRun {
  /** Internal: the run count the plan was made against. */
  readonly basedOn: number;
  /** Internal: the run's input. */
  readonly input: RunInput;
}

/**
 * A findings ledger in a SQLite file: each finding, keyed by its id, with
 * when it was first and last found, where its verification stands, its
 * deadline, and every opinion given on it. Each run and each batch of
 * opinions is one transaction: a process killed midway leaves the file
 * as it was.
 *
 * @example
 * const ledger = Ledger.open('ledger.db');
 * const run = ledger.recordRun({ asOf, folder, plugin, findings, deadline });
 * ledger.close();
 */
export class Ledger {
  readonly #db: Database.Database;
  readonly #path: string;

  private constructor(db: Database.Database, path: string) {
    this.#db = db;
    this.#path = path;
  }

  /**
   * Opens a ledger file, making it when `create` is set and it does not
   * exist.
   *
   * @param path - The file.
   * @param options - `create`: make the file if missing (default false).
   * @returns The ledger.
   * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when the file is
   * missing (without `create`), not a SQLite file, or not a duibiao
   * ledger of this version.
   */
  static open(path: string, options: { create?: boolean } = {}): Ledger {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: options.create !== true });
    } catch (error) {
      throw unusable(path, describe(error, options.create === true));
    }
    try {
      db.pragma('foreign_keys = ON');
      const tables = db
        .prepare(`SELECT count(*) AS n FROM sqlite_schema`)
        .get() as { n: number };
      if (tables.n === 0) {
        db.exec(LEDGER_SCHEMA);
        db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?)`).run(
          'duibiao-ledger',
          String(LEDGER_VERSION),
        );
      }
      const version = db
        .prepare(`SELECT value FROM meta WHERE key = 'duibiao-ledger'`)
        .get() as { value: string } | undefined;
      if (version?.value !== String(LEDGER_VERSION))
        throw new Error(
          version === undefined
            ? 'not a duibiao ledger'
            : `a ledger of version ${version.value}; this duibiao reads version ${LEDGER_VERSION}`,
        );
    } catch (error) {
      db.close();
      const text = error instanceof Error ? error.message : String(error);
      throw unusable(
        path,
        /no such table|not a database|file is encrypted/.test(text)
          ? 'not a duibiao ledger (a SQLite file made by duibiao check --ledger)'
          : text,
      );
    }

    return new Ledger(db, path);
  }

  /** The file's path, as given to {@link Ledger.open}. */
  get path(): string {
    return this.#path;
  }

  /** Closes the file. */
  close(): void {
    this.#db.close();
  }

  /**
   * Works out what a run means for the ledger without writing anything:
   * which findings are new, persisting, reopened, suppressed, resolved.
   *
   * @param input - The run.
   * @returns The plan, for {@link Ledger.commitRun}.
   */
  planRun(input: RunInput): PlannedRun {
    const basedOn = this.#runCount();
    const before = this.#db.prepare(
      `SELECT status, present, status_since FROM findings WHERE finding_id = ?`,
    );
    const lastReason = this.#db.prepare(
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
    const present = this.#db
      .prepare(
        `SELECT finding_id FROM findings WHERE present = 1 ORDER BY finding_id`,
      )
      .pluck()
      .all() as string[];
    plan.resolved = present.filter((id) => !seen.has(id));

    return plan;
  }

  /**
   * Writes a planned run in one transaction.
   *
   * @param plan - From {@link Ledger.planRun}.
   * @returns The run as recorded.
   * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when another run was
   * recorded since the plan was made.
   */
  commitRun(plan: PlannedRun): RecordedRun {
    const { input } = plan;
    const db = this.#db;
    const write = db.transaction(() => {
      if (this.#runCount() !== plan.basedOn)
        throw unusable(
          this.#path,
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
      const known = db.prepare(
        `SELECT status FROM findings WHERE finding_id = ?`,
      );
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
      const history = this.#historyInsert();
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
          history.run(
            runStep(id, '发现', null, '待核实', plan.run, input.asOf),
          );
        } else {
          update.run(values);
          if (reopened.has(id)) {
            reopen.run(values);
            history.run(
              runStep(
                id,
                '重新发现',
                row.status,
                '待核实',
                plan.run,
                input.asOf,
              ),
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
    });
    write.immediate();

    const { basedOn: _basedOn, input: _input, ...recorded } = plan;
    return recorded;
  }

  /**
   * Records a run: {@link Ledger.planRun} then {@link Ledger.commitRun}.
   *
   * @param input - The run.
   * @returns The run as recorded.
   */
  recordRun(input: RunInput): RecordedRun {
    return this.commitRun(this.planRun(input));
  }

  /**
   * Applies rows of opinions in one transaction. A row's opinions apply
   * together or not at all: when one is refused, the row changes nothing
   * and the rows after it still apply.
   *
   * @param rows - Each row's opinions, in the order they apply.
   * @returns Each row's outcomes, one per opinion; a refused row has the
   * refusal at the opinion that failed and no outcomes after it.
   */
  applyRows(rows: readonly (readonly OpinionInput[])[]): OpinionOutcome[][] {
    const results: OpinionOutcome[][] = [];
    const db = this.#db;
    db.transaction(() => {
      for (const row of rows) {
        const outcomes: OpinionOutcome[] = [];
        const apply = db.transaction(() => {
          for (const opinion of row) {
            const outcome = this.#applyOne(opinion);
            outcomes.push(outcome);
            if (outcome.kind === 'refused') throw new Refused();
          }
        });
        try {
          apply();
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
        }
        results.push(outcomes);
      }
    }).immediate();

    return results;
  }

  /**
   * Applies one opinion.
   *
   * @param opinion - The opinion.
   * @returns What it did.
   */
  apply(opinion: OpinionInput): OpinionOutcome {
    return this.applyRows([[opinion]])[0]?.[0] as OpinionOutcome;
  }

  /**
   * One finding's entry.
   *
   * @param findingId - Its id.
   * @returns The entry, or `undefined` when the ledger has none.
   */
  entry(findingId: string): LedgerEntry | undefined {
    const row = this.#db
      .prepare(`SELECT * FROM findings WHERE finding_id = ?`)
      .get(findingId) as FindingRow | undefined;
    return row && this.#entryOf(row);
  }

  /**
   * The entries that match a filter, by county, township, rule and id.
   *
   * @param filter - Which to list; all by default.
   * @returns The entries, each with its history.
   */
  entries(filter: EntryFilter = {}): LedgerEntry[] {
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.present !== undefined) {
      where.push('present = ?');
      values.push(filter.present ? 1 : 0);
    }
    if (filter.open !== undefined)
      where.push(
        `status ${filter.open ? 'NOT IN' : 'IN'} ('已补正', '已落实', '已消疑', '确认误报')`,
      );
    for (const key of ['county', 'township', 'department'] as const) {
      if (filter[key] === undefined) continue;
      where.push(`${key} IS ?`);
      values.push(filter[key]);
    }
    const rows = this.#db
      .prepare(
        `SELECT * FROM findings ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY county, township, rule_id, finding_id`,
      )
      .all(...values) as FindingRow[];

    return rows.map((row) => this.#entryOf(row));
  }

  /**
   * The runs recorded, oldest first.
   *
   * @returns Each run's date, source and counts.
   */
  runs(): RunSummary[] {
    const rows = this.#db
      .prepare(`SELECT * FROM runs ORDER BY run`)
      .all() as RunRow[];
    return rows.map((row) => ({
      run: row.run,
      asOf: row.as_of,
      recordedAt: row.recorded_at,
      folder: row.folder,
      plugin: row.plugin,
      counts: {
        raised: row.raised,
        new: row.new,
        persisting: row.persisting,
        reopened: row.reopened,
        resolved: row.resolved,
        suppressed: row.suppressed,
      },
    }));
  }

  /**
   * Keeps a report so that the next of its kind can say what changed.
   *
   * @param kind - Such as `dispatch`.
   * @param asOf - Its reference date.
   * @param body - What it held; stored as JSON.
   */
  saveReport(kind: string, asOf: string, body: unknown): void {
    this.#db
      .prepare(
        `INSERT INTO reports (kind, as_of, made_at, body) VALUES (?, ?, ?, ?)`,
      )
      .run(kind, asOf, new Date().toISOString(), JSON.stringify(body));
  }

  /**
   * The latest report of a kind.
   *
   * @param kind - Such as `dispatch`.
   * @returns It, or `undefined` when none was saved.
   */
  lastReport(kind: string): SavedReport | undefined {
    const row = this.#db
      .prepare(
        `SELECT as_of, made_at, body FROM reports WHERE kind = ? ORDER BY id DESC LIMIT 1`,
      )
      .get(kind) as
      | { as_of: string; made_at: string; body: string }
      | undefined;
    return (
      row && {
        asOf: row.as_of,
        madeAt: row.made_at,
        body: JSON.parse(row.body),
      }
    );
  }

  #runCount(): number {
    return (
      this.#db.prepare(`SELECT count(*) AS n FROM runs`).get() as { n: number }
    ).n;
  }

  #historyInsert() {
    return this.#db.prepare(
      `INSERT INTO history (finding_id, line, result, from_status, to_status, who, on_date, reason, evidence, source)
       VALUES (@findingId, @line, @result, @from, @to, @who, @on, @reason, @evidence, @source)`,
    );
  }

  #applyOne(opinion: OpinionInput): OpinionOutcome {
    const id = opinion.findingId;
    const row = this.#db
      .prepare(`SELECT status FROM findings WHERE finding_id = ?`)
      .get(id) as { status: VerificationStatus } | undefined;
    if (row === undefined)
      return { kind: 'refused', reason: `台账中没有问题编号 ${id}` };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opinion.on) || !isCalendarDate(opinion.on))
      return {
        kind: 'refused',
        reason: `日期应为 YYYY-MM-DD 的真实日期，不是「${opinion.on}」`,
      };
    if (this.#alreadyGiven(opinion)) return { kind: 'already' };

    const next = nextStatus(row.status, opinion);
    if (next.refused !== undefined)
      return { kind: 'refused', reason: `问题 ${id}：${next.refused}` };
    const steps: [string, VerificationStatus, VerificationStatus][] = [];
    // A closing result implies the review that precedes it.
    if (
      opinion.line === 'review' &&
      row.status === '双线已核' &&
      next.status !== '已复核'
    )
      steps.push(['已复核', row.status, '已复核']);
    steps.push([
      opinion.result,
      steps.length > 0 ? '已复核' : row.status,
      next.status,
    ]);
    const history = this.#historyInsert();
    for (const [result, from, to] of steps) {
      history.run({
        findingId: id,
        line: opinion.line,
        result,
        from,
        to,
        who: opinion.who ?? null,
        on: opinion.on,
        reason: opinion.reason?.trim() || null,
        evidence: opinion.evidence?.trim() || null,
        source: opinion.source ?? null,
      });
    }
    this.#db
      .prepare(
        `UPDATE findings SET status = ?, status_since = ? WHERE finding_id = ?`,
      )
      .run(next.status, opinion.on, id);

    return { kind: 'applied', from: row.status, to: next.status };
  }

  /** Whether this line gave this same result before (a sheet imported twice). */
  #alreadyGiven(opinion: OpinionInput): boolean {
    const last = this.#db
      .prepare(
        // Since the finding was last reopened: a new round of verification
        // starts then.
        `SELECT result FROM history WHERE finding_id = @id AND line = @line
           AND id > coalesce((SELECT max(id) FROM history WHERE finding_id = @id AND result = '重新发现'), 0)
         ORDER BY id DESC LIMIT 1`,
      )
      .get({ id: opinion.findingId, line: opinion.line }) as
      | { result: string }
      | undefined;
    return last?.result === opinion.result;
  }

  #entryOf(row: FindingRow): LedgerEntry {
    const history = this.#db
      .prepare(`SELECT * FROM history WHERE finding_id = ? ORDER BY id`)
      .all(row.finding_id) as HistoryRow[];
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
}

class Refused extends Error {}

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

function unusable(path: string, why: string): DuibiaoError {
  return new DuibiaoError('DUIBIAO_LEDGER_UNUSABLE', `ledger ${path}: ${why}`);
}

function describe(error: unknown, create: boolean): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!create && /does not exist|unable to open/i.test(text))
    return 'no such file; a ledger is made by duibiao check <folder> --ledger <file>';
  return text;
}

/** Names the lines for messages. */
export const lineLabel = (line: HistoryEntry['line']): string =>
  line === 'run' ? '检查' : LINE_LABELS[line];

interface FindingRow {
  finding_id: string;
  finding: string;
  first_seen: string;
  last_seen: string;
  present: number;
  status: VerificationStatus;
  status_since: string;
  deadline: string | null;
}

interface RunRow {
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

interface HistoryRow {
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
