import { statSync } from 'node:fs';

import Database from 'better-sqlite3';

import { applyOne } from './apply-opinion.js';
import {
  entryOf,
  type FindingRow,
  historyQuery,
  type RunRow,
  unusable,
} from './ledger-rows.js';
import { type PlannedRun, planRun, writeRun } from './record-run.js';
import { LEDGER_SCHEMA, LEDGER_VERSION } from './schema.js';
import { CLOSING_STATUSES } from './statuses.js';
import type {
  LedgerEntry,
  OpinionInput,
  OpinionOutcome,
  RecordedRun,
  RunInput,
  RunSummary,
} from './types.js';

export type { PlannedRun } from './record-run.js';

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
   * @param options - `create`: make the file if missing (default false);
   * `readonly`: only read it (then it need not be writable).
   * @returns The ledger.
   * @throws {DuibiaoError} `DUIBIAO_LEDGER_UNUSABLE` when the file is
   * missing (without `create`), a folder, not a SQLite file, not a
   * duibiao ledger of this version, or (unless `readonly`) cannot be
   * written: the file or its folder is read-only.
   */
  static open(
    path: string,
    options: { create?: boolean; readonly?: boolean } = {},
  ): Ledger {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw unusable(path, 'is a folder, not a ledger file');
    let db: Database.Database;
    try {
      db = new Database(path, {
        fileMustExist: options.create !== true,
        readonly: options.readonly === true,
      });
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
      // Found now rather than when a run is recorded, after the work: a
      // read-only file, or a folder where SQLite cannot write its journal.
      if (options.readonly !== true)
        db.exec(
          `BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('write-probe', ''); ROLLBACK`,
        );
    } catch (error) {
      db.close();
      const text = error instanceof Error ? error.message : String(error);
      throw unusable(
        path,
        /no such table|not a database|file is encrypted/.test(text)
          ? 'not a duibiao ledger (a SQLite file made by duibiao check --ledger)'
          : /readonly|read-only/i.test(text)
            ? 'cannot be written: the file or its folder is read-only (SQLite writes a journal file beside it)'
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
    return planRun(this.#db, input);
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
    const write = this.#db.transaction(() =>
      writeRun(this.#db, this.#path, plan),
    );
    this.#guard(() => write.immediate());

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
    const all = db.transaction(() => {
      for (const row of rows) {
        const outcomes: OpinionOutcome[] = [];
        const apply = db.transaction(() => {
          for (const opinion of row) {
            const outcome = applyOne(this.#db, opinion);
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
    });
    this.#guard(() => all.immediate());

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
    return row && entryOf(historyQuery(this.#db), row);
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
        `status ${filter.open ? 'NOT IN' : 'IN'} (${CLOSING_STATUSES.map((status) => `'${status}'`).join(', ')})`,
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

    const history = historyQuery(this.#db);
    return rows.map((row) => entryOf(history, row));
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
   * Keeps a report so that the next of its kind can say what changed; a
   * report of the same kind and date made before is replaced (made again,
   * it is the same period's).
   *
   * @param kind - Such as `dispatch`.
   * @param asOf - Its reference date.
   * @param body - What it held; stored as JSON.
   */
  saveReport(kind: string, asOf: string, body: unknown): void {
    const save = this.#db.transaction(() => {
      this.#db
        .prepare(`DELETE FROM reports WHERE kind = ? AND as_of = ?`)
        .run(kind, asOf);
      this.#db
        .prepare(
          `INSERT INTO reports (kind, as_of, made_at, body) VALUES (?, ?, ?, ?)`,
        )
        .run(kind, asOf, new Date().toISOString(), JSON.stringify(body));
    });
    this.#guard(() => save.immediate());
  }

  /**
   * The report of a kind a new one compares with: the latest dated
   * before `before` (or the latest of all without it).
   *
   * @param kind - Such as `dispatch`.
   * @param before - The new report's date: a report of that date or later
   * is not its previous one.
   * @returns It, or `undefined` when none was saved.
   */
  lastReport(kind: string, before?: string): SavedReport | undefined {
    const row = this.#db
      .prepare(
        `SELECT as_of, made_at, body FROM reports WHERE kind = @kind AND (@before IS NULL OR as_of < @before)
         ORDER BY as_of DESC, id DESC LIMIT 1`,
      )
      .get({ kind, before: before ?? null }) as
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

  /** Runs `write`, a SQLite error becoming one that names the ledger. */
  #guard<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (error instanceof Database.SqliteError)
        throw unusable(
          this.#path,
          error.code === 'SQLITE_BUSY'
            ? 'another duibiao is writing to it; try again when it is done'
            : `cannot be written: ${error.message}`,
        );
      throw error;
    }
  }
}

class Refused extends Error {}

function describe(error: unknown, create: boolean): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!create && /does not exist|unable to open/i.test(text))
    return 'no such file; a ledger is made by duibiao check <folder> --ledger <file>';
  return text;
}
