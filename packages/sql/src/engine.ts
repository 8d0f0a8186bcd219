import {
  type Checker,
  type CheckResult,
  type Dataset,
  type DecidedOutcome,
  type DecidedUnknown,
  type ListKey,
  type Subject,
} from '@duibiao/core';

import type { SqlColumnType } from './column-types.js';
import { compileRuleSet, type NotCompiled } from './compile-rule-set.js';
import type { SqlDialect } from './dialect.js';
import { readable } from './readable-tables.js';
import { createTables, ROW, SQL_TABLES } from './schema.js';
import { readUnknownFacts } from './unknown-facts.js';

/**
 * A connection to a SQL engine that runs compiled rules: DuckDB,
 * PostgreSQL (a server or PGlite), or any engine with a dialect.
 */
export interface SqlConnection {
  /** The engine's dialect. */
  readonly dialect: SqlDialect;
  /** Runs a statement that returns no rows. */
  run(sql: string): Promise<void>;
  /** Runs a query and returns its rows, each an array of its columns. */
  query(sql: string): Promise<unknown[][]>;
}

/** Options of {@link checkInSql} and `checkInDuckdb`. */
export interface SqlCheckOptions {
  /**
   * Also judges in-process every rule the SQL engine judged, and makes
   * each outcome where the two differ an error of that rule and subject:
   * for tests that hold the SQL to the in-process engine.
   */
  verify?: boolean;
  /**
   * Whether to index the columns facts look rows up by (a member's
   * 户编号 and 证件号码, a list's link): PostgreSQL needs them, DuckDB's
   * hash joins do not. @default true
   */
  indexes?: boolean;
}

/** The columns a table facts read is looked up by: the keys it has. */
function lookupKeys(table: string): string[] {
  const spec = SQL_TABLES.find((t) => readable(t.name) === table)?.spec;
  const fields = spec?.fields ?? {};

  return ['idNumber', 'householdId', 'regionCode'].filter((key) =>
    Object.hasOwn(fields, key),
  );
}

/** What a check in a SQL engine adds to a check's result. */
export interface SqlCheckResult extends CheckResult {
  /** How the rules were split between the SQL engine and the in-process one. */
  sql: {
    /** Rules the SQL engine judged. */
    ruleIds: string[];
    /** Rules without a SQL form, judged in-process, with the reason. */
    notCompiled: readonly NotCompiled[];
  };
}

type RowKey = number | string;

/**
 * Where a rule fired and where it was unknown, by subject row, with the
 * facts it was unknown on where SQL names them.
 */
interface RuleRows {
  /** By row number: `'fired'`, the unknown outcome, or nothing (passed). */
  byRow: DecidedOutcome[];
  /** The same by key, for subjects keyed by text (a county's code). */
  byKey: Map<string, DecidedOutcome>;
}

const BATCH = 500;

/**
 * Creates the data format's tables in an empty database and inserts a
 * data set's rows (a row number each, in input order) and the status
 * tables, as `INSERT` statements of literals in the connection's dialect.
 *
 * @param connection - A connection to an empty database.
 * @param dataset - The data set, as duibiao's reader made it.
 * @param options - `create: false` when the tables are there already
 * (made by {@link createTables}, or by a script of `sqlScript`).
 */
export async function insertDataset(
  connection: SqlConnection,
  dataset: Dataset,
  options: { create?: boolean } = {},
): Promise<void> {
  const { dialect } = connection;
  const id = dialect.identifier;
  if (options.create !== false)
    for (const statement of createTables(dialect))
      await connection.run(statement);

  const insert = async (table: string, rows: readonly string[][]) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows
        .slice(i, i + BATCH)
        .map((row) => `(${row.join(', ')})`);
      await connection.run(
        `INSERT INTO ${id(table)} VALUES ${values.join(', ')}`,
      );
    }
  };
  for (const table of SQL_TABLES) {
    const rows = rowsOf(dataset, table.name).map((record, i) => {
      const row = record as Readonly<Record<string, unknown>>;
      return [
        String(i),
        ...table.columns.map((column) =>
          column.role === 'none'
            ? row[column.field] === null
              ? 'TRUE'
              : 'FALSE'
            : literal(dialect, column.type, row[column.field]),
        ),
      ];
    });
    await insert(table.name, rows);
  }

  const text = dialect.text;
  await insert(
    '_absent',
    (dataset.absentTables ?? []).map((name) => [text(name)]),
  );
  await insert(
    '_incomplete',
    (dataset.incompleteHouseholds ?? []).map((h) => [text(h)]),
  );
  await insert('_unplaced', [[dialect.number(dataset.unplacedMembers ?? 0)]]);
  await insert(
    '_rejected_member_ids',
    (dataset.rejectedMemberIds ?? []).map((id) => [text(id)]),
  );
  const rejections = Object.entries(dataset.listRejections ?? {});
  await insert(
    '_list_rejected',
    rejections.flatMap(([list, r]) =>
      [...new Set(r?.keys ?? [])].map((key) => [text(list), text(key)]),
    ),
  );
  await insert(
    '_list_unplaced',
    rejections.map(([list, r]) => [
      text(list),
      dialect.number(r?.unplaced ?? 0),
    ]),
  );
}

/** A field's value as a literal of its column's type. */
function literal(
  dialect: SqlDialect,
  type: SqlColumnType,
  value: unknown,
): string {
  if (value === undefined || value === null)
    return `CAST(NULL AS ${dialect.typeOf(type)})`;
  if (type === 'number') return dialect.number(value as number);
  if (type === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (type === 'text' || type === 'date') return dialect.text(String(value));
  const items = (value as unknown[]).map((item) => dialect.text(String(item)));

  return `CAST(${dialect.list(items)} AS ${dialect.typeOf(type)})`;
}

/** A table's rows in the data set. */
export function rowsOf(dataset: Dataset, table: string): readonly unknown[] {
  if (table === 'households') return dataset.households;
  if (table === 'members') return dataset.members;
  if (table === 'villages') return dataset.villages;

  return dataset.lists?.[table as ListKey] ?? [];
}

/**
 * Checks a data set whose tables are in a SQL engine already (put there by
 * {@link insertDataset}, or by `loadDataset` for DuckDB): each rule with a
 * SQL form is judged there for every subject, and the checker records the
 * outcomes as its own, making the findings (message, evidence, id) and
 * statistics exactly as a check in process makes them. Rules without a SQL
 * form are judged in-process; the result says which.
 *
 * @param checker - The checker whose rules to run.
 * @param dataset - The same data set, for the findings and the rules in-process.
 * @param connection - The engine, holding the data set's tables.
 * @param options - Whether to verify every outcome in-process too.
 * @returns Findings and statistics, as {@link Checker.check} gives them, and the split.
 */
export async function checkInSql(
  checker: Checker,
  dataset: Dataset,
  connection: SqlConnection,
  options: SqlCheckOptions = {},
): Promise<SqlCheckResult> {
  const { dialect } = connection;
  const id = dialect.identifier;
  const compiled = compileRuleSet(checker.ruleSet, { dialect });
  // The tables as facts read them (blank text NULL, lists in force) are
  // made once, indexed by the keys facts look rows up by, rather than a
  // WITH clause each kind's query repeats (which PostgreSQL materialises
  // without an index, and scans per row).
  const indexes = options.indexes !== false;
  for (const { name, query } of compiled.tables) {
    await connection.run(`CREATE TEMP TABLE ${id(name)} AS ${query}`);
    if (indexes)
      for (const key of lookupKeys(name))
        await connection.run(`CREATE INDEX ON ${id(name)} (${id(key)})`);
  }
  if (indexes) {
    // Facts count an ID number's rows among all members, as read.
    await connection.run(
      `CREATE INDEX ON ${id('members')} (${id('idNumber')})`,
    );
    if (dialect.name === 'postgres') await connection.run('ANALYZE');
  }
  const rows = new Map<string, RuleRows>();
  for (const kind of compiled.kinds) {
    // A kind without subjects (no loans in a registry-only folder) has
    // nothing to judge, and its queries cost their planning alone.
    const [[count] = [0]] = await connection.query(
      `SELECT count(*) FROM ${id(kind.subjects)}`,
    );
    if (Number(count) === 0) {
      for (const rule of kind.rules)
        rows.set(rule.ruleId, { byRow: [], byKey: new Map() });
      continue;
    }
    const table = id(`facts:${kind.kind}`);
    await connection.run(`CREATE TEMP TABLE ${table} AS ${kind.select}`);
    for (const rule of kind.rules) {
      const named = rule.unknownFacts;
      // The rows come grouped by outcome: a million rows read one by one
      // cost more than judging them.
      const [outcome, bits] = [id('outcome'), id('bits')];
      const found = await connection.query(
        `SELECT ${outcome}, ${bits}, ${dialect.listOf(id(ROW))} FROM (` +
          `SELECT ${id(ROW)}, ${rule.condition} AS ${outcome}, ${named?.sql ?? '0'} AS ${bits}` +
          ` FROM ${table} WHERE ${rule.condition} IS NOT FALSE) AS judged` +
          ` GROUP BY ${outcome}, ${bits}`,
      );
      const judged: RuleRows = { byRow: [], byKey: new Map() };
      const decided = new Map<number, DecidedUnknown>();
      for (const [outcome, bits, rows] of found) {
        const decision: DecidedOutcome =
          outcome === true
            ? 'fired'
            : named === undefined
              ? 'unknown'
              : decidedUnknown(Number(bits), named.facts, decided);
        for (const row of rows as unknown[]) {
          if (typeof row === 'string') judged.byKey.set(row, decision);
          else judged.byRow[Number(row)] = decision;
        }
      }
      rows.set(rule.ruleId, judged);
    }
  }

  const rowOf = subjectRows(dataset);
  // The checker asks rule after rule of one subject: its row is found once.
  let subjectAsked: Subject | undefined;
  let rowAsked: RowKey | undefined;
  const outcomes = (ruleId: string, subject: Subject): DecidedOutcome => {
    const rule = rows.get(ruleId);
    if (!rule) return undefined;
    if (subject !== subjectAsked) {
      subjectAsked = subject;
      rowAsked = rowOf(subject);
    }
    const row = rowAsked;
    if (row === undefined) return undefined;
    const decision =
      typeof row === 'number' ? rule.byRow[row] : rule.byKey.get(row);

    return decision ?? 'passed';
  };
  const result = await checker.check(dataset, {
    outcomes,
    verify: options.verify === true,
  });

  return {
    ...result,
    sql: { ruleIds: [...rows.keys()], notCompiled: compiled.notCompiled },
  };
}

/**
 * An unknown outcome with the facts SQL named (`compileUnknownFacts`),
 * one object for each set of them: a million outcomes share a few.
 */
function decidedUnknown(
  bits: number,
  facts: readonly string[],
  made: Map<number, DecidedUnknown>,
): DecidedUnknown {
  let outcome = made.get(bits);
  if (!outcome) {
    const named = readUnknownFacts(bits, facts);
    outcome = { unknown: named.facts, ranges: named.ranges };
    made.set(bits, outcome);
  }

  return outcome;
}

/**
 * A subject's row as the SQL tables number it: its place in its table
 * (`_row`), or a county's code.
 */
function subjectRows(
  dataset: Dataset,
): (subject: Subject) => RowKey | undefined {
  const indexes = new Map<unknown, number>();
  const index = (rows: readonly unknown[] | undefined) =>
    rows?.forEach((row, i) => indexes.set(row, i));
  index(dataset.households);
  index(dataset.members);
  index(dataset.villages);
  for (const rows of Object.values(dataset.lists ?? {})) index(rows);

  return (subject) => {
    switch (subject.kind) {
      case 'village':
        return indexes.get(subject.village);
      case 'household':
        return indexes.get(subject.household);
      case 'member':
        return indexes.get(subject.member);
      case 'county':
        return subject.regionCode;
      case 'loan':
        return indexes.get(subject.loan);
      case 'project':
        return indexes.get(subject.project);
      case 'complaint':
        return indexes.get(subject.complaint);
      case 'censusIssue':
        return indexes.get(subject.issue);
      case 'spotCheck':
        return indexes.get(subject.check);
    }
  };
}
