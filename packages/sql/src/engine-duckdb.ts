import type {
  Checker,
  CheckResult,
  Dataset,
  DecidedOutcome,
  Subject,
} from '@duibiao/core';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

import { compileRuleSet, type NotCompiled } from './compile-rule-set.js';
import { duckdb } from './dialect.js';
import { loadDataset } from './load-duckdb.js';
import { ROW } from './schema.js';

/** What a check in DuckDB adds to a check's result. */
export interface DuckdbCheckResult extends CheckResult {
  /** How the rules were split between DuckDB and the in-process engine. */
  sql: {
    /** Rules DuckDB judged. */
    ruleIds: string[];
    /** Rules without a SQL form, judged in-process, with the reason. */
    notCompiled: readonly NotCompiled[];
  };
}

/** Options of {@link checkInDuckdb}. */
export interface DuckdbCheckOptions {
  /**
   * Also judges in-process every rule DuckDB judged, and makes each
   * outcome where the two differ an error of that rule and subject: for
   * tests that hold the SQL to the in-process engine.
   */
  verify?: boolean;
}

type RowKey = number | string;

/** Where a rule fired and where it was unknown, by subject row. */
interface RuleRows {
  fired: Set<RowKey>;
  unknown: Set<RowKey>;
}

/**
 * Checks a data set with its rules run in an embedded DuckDB: the data is
 * loaded into DuckDB, each rule with a SQL form is judged there for every
 * subject, and the checker records the outcomes as its own, making the
 * findings (message, evidence, id) and statistics exactly as a check in
 * process makes them. Rules without a SQL form are judged in-process; the
 * result says which.
 *
 * @param checker - The checker whose rules to run.
 * @param dataset - The data set.
 * @returns Findings and statistics, as {@link Checker.check} gives them, and the split.
 * @example
 * const result = await checkInDuckdb(createChecker({ plugins: [shaanxi], asOf }), dataset);
 */
export async function checkInDuckdb(
  checker: Checker,
  dataset: Dataset,
  options: DuckdbCheckOptions = {},
): Promise<DuckdbCheckResult> {
  const compiled = compileRuleSet(checker.ruleSet);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const rows = new Map<string, RuleRows>();
  try {
    await loadDataset(connection, dataset);
    for (const kind of compiled.kinds) {
      const table = duckdb.identifier(`facts:${kind.kind}`);
      await connection.run(`CREATE TEMP TABLE ${table} AS ${kind.factsQuery}`);
      for (const rule of kind.rules)
        rows.set(
          rule.ruleId,
          await outcomesOf(connection, table, rule.condition),
        );
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }

  const rowOf = subjectRows(dataset);
  const outcomes = (ruleId: string, subject: Subject): DecidedOutcome => {
    const rule = rows.get(ruleId);
    if (!rule) return undefined;
    const row = rowOf(subject);
    if (row === undefined) return undefined;
    if (rule.fired.has(row)) return 'fired';

    return rule.unknown.has(row) ? 'unknown' : 'passed';
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

async function outcomesOf(
  connection: DuckDBConnection,
  table: string,
  condition: string,
): Promise<RuleRows> {
  const reader = await connection.runAndReadAll(
    `SELECT ${duckdb.identifier(ROW)}, ${condition} FROM ${table} WHERE ${condition} IS NOT FALSE`,
  );
  const fired = new Set<RowKey>();
  const unknown = new Set<RowKey>();
  for (const [row, outcome] of reader.getRowsJS()) {
    const key = typeof row === 'string' ? row : Number(row);
    (outcome === true ? fired : unknown).add(key);
  }

  return { fired, unknown };
}

/**
 * A subject's row as the SQL tables number it: its place in its table
 * (the loader's `_row`), or a county's code.
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
