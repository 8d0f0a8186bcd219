import {
  createContext,
  type Dataset,
  type FactType,
  loadRuleSet,
  type Plugin,
  type RuleDefinition,
  type RuleSet,
  type Subject,
  type SubjectKind,
  SubjectFacts,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import {
  compileRuleSet,
  duckdb,
  insertDataset,
  postgres,
  type SqlConnection,
} from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';

/**
 * Test support: the value of a fact as its SQL gives it and as its
 * `compute` gives it, subject by subject, for hand-worked tests of facts'
 * SQL. A fact's SQL is reached as the engine reaches it: a probe plugin
 * (Shaanxi's facts and parameters, no rules of its own but one per fact
 * probed) is compiled with `compileRuleSet`, and the facts query of the
 * kind is run on the data set in DuckDB or PGlite.
 */

/** A fact's value as duibiao has it: `undefined` unknown, `null` none. */
export type FactValue =
  | number
  | string
  | boolean
  | { min: number; max: number }
  | null
  | undefined;

/** The engines the probe runs the facts' SQL on. */
export const PROBE_ENGINES = ['duckdb', 'postgres'] as const;

/** One of {@link PROBE_ENGINES}. */
export type ProbeEngine = (typeof PROBE_ENGINES)[number];

const PROBE_OPERATORS: Record<FactType, RuleDefinition['conditions']> = {
  number: { all: [{ fact: '', operator: 'greaterThan', value: 0 }] },
  boolean: { all: [{ fact: '', operator: 'equal', value: true }] },
  string: { all: [{ fact: '', operator: 'equal', value: 'x' }] },
  date: { all: [{ fact: '', operator: 'equal', value: 'x' }] },
  list: { all: [{ fact: '', operator: 'contains', value: 'x' }] },
  object: { all: [{ fact: '', operator: 'equal', value: 'x' }] },
};

/** A rule that reads one fact, so that the fact is a column of the query. */
function probeRule(
  kind: SubjectKind,
  fact: string,
  type: FactType,
): RuleDefinition {
  const [leaf] = (PROBE_OPERATORS[type] as { all: object[] }).all;

  return {
    id: `shaanxi/probe-${fact.toLowerCase()}`,
    subject: kind,
    category: 'data-error',
    indicator: 'census',
    severity: 'low',
    basis: 'test',
    department: 'test',
    action: '核实',
    title: `probe ${fact}`,
    conditions: { all: [{ ...leaf, fact } as never] },
    message: { zh: 'probe', en: 'probe' },
  };
}

/**
 * The rule set of a probe plugin: Shaanxi's and the national facts and
 * parameters, and one rule per fact probed.
 *
 * @param asOf - The reference date.
 * @param kind - The facts' subject kind.
 * @param facts - The facts, with their types.
 * @returns The loaded rule set.
 */
export function probeRuleSet(
  asOf: string,
  kind: SubjectKind,
  facts: Readonly<Record<string, FactType>>,
): RuleSet {
  const base: Plugin = { ...national, rules: [], tests: {} };
  const probe: Plugin = {
    ...shaanxi,
    extends: [base],
    rules: Object.entries(facts).map(([fact, type]) =>
      probeRule(kind, fact, type),
    ),
    tests: {},
  };

  return loadRuleSet([probe], asOf);
}

/** Runs statements and queries on a fresh database of one engine. */
async function withEngine<T>(
  engine: ProbeEngine,
  use: (connection: SqlConnection & { rows: RowsOf }) => Promise<T>,
): Promise<T> {
  if (engine === 'duckdb') {
    const instance = await DuckDBInstance.create(':memory:');
    const native = await instance.connect();
    try {
      return await use({
        dialect: duckdb,
        run: async (sql) => {
          await native.run(sql);
        },
        query: async (sql) => (await native.runAndReadAll(sql)).getRowsJS(),
        rows: async (sql) =>
          (await native.runAndReadAll(sql)).getRowObjectsJS() as Record<
            string,
            unknown
          >[],
      });
    } finally {
      native.closeSync();
    }
  }
  const db = await PGlite.create();
  try {
    return await use({
      dialect: postgres,
      run: async (sql) => {
        await db.exec(sql);
      },
      query: async (sql) =>
        (await db.query<unknown[]>(sql, [], { rowMode: 'array' })).rows,
      rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
    });
  } finally {
    await db.close();
  }
}

type RowsOf = (sql: string) => Promise<Record<string, unknown>[]>;

/** A SQL number (a JS number, bigint or numeric text) as a number. */
function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** The fact's columns of one row read back as duibiao's value. */
function readingOf(
  row: Record<string, unknown>,
  fact: string,
  type: FactType,
): FactValue {
  if (row[`${fact}:none`] === true) return null;
  const value = row[fact];
  const [min, max] = [row[`${fact}:min`], row[`${fact}:max`]];
  if (value === null || value === undefined) {
    if (min === null || min === undefined || max === null || max === undefined)
      return undefined;
    return { min: numberOf(min), max: numberOf(max) };
  }

  return type === 'number' ? numberOf(value) : (value as FactValue);
}

/**
 * Each fact's value per subject row as its SQL gives it.
 *
 * @param engine - Where the SQL runs.
 * @param dataset - The data set.
 * @param ruleSet - A probe rule set ({@link probeRuleSet}).
 * @param kind - The subject kind.
 * @returns Values by the subject's row (a county's code) and fact.
 */
export async function sqlFactValues(
  engine: ProbeEngine,
  dataset: Dataset,
  ruleSet: RuleSet,
  kind: SubjectKind,
): Promise<Map<string, Record<string, FactValue>>> {
  const dialect = engine === 'duckdb' ? duckdb : postgres;
  const compiled = compileRuleSet(ruleSet, { dialect });
  if (compiled.notCompiled.length > 0)
    throw new Error(
      `no SQL: ${compiled.notCompiled.map((n) => `${n.fact}: ${n.reason}`).join('; ')}`,
    );
  const query = compiled.kinds.find((k) => k.kind === kind)?.factsQuery;
  if (query === undefined) throw new Error(`no ${kind} query`);
  const types = ruleSet.facts.get(kind);

  return withEngine(engine, async (connection) => {
    await insertDataset(connection, dataset);
    const values = new Map<string, Record<string, FactValue>>();
    for (const row of await connection.rows(query)) {
      const facts: Record<string, FactValue> = {};
      for (const rule of ruleSet.rules)
        for (const fact of rule.facts) {
          const type = types?.get(fact)?.type ?? 'object';
          facts[fact] = readingOf(row, fact, type);
        }
      values.set(String(row._row), facts);
    }
    return values;
  });
}

/**
 * A fact's value for a subject as its `compute` gives it.
 *
 * @param ruleSet - The rule set.
 * @param dataset - The data set.
 * @param subject - The subject.
 * @param fact - The fact.
 * @returns The value.
 */
export function inProcessFactValue(
  ruleSet: RuleSet,
  dataset: Dataset,
  subject: Subject,
  fact: string,
): FactValue {
  const facts = ruleSet.facts.get(subject.kind);
  if (!facts) throw new Error(`no ${subject.kind} facts`);
  const value = new SubjectFacts(
    subject,
    facts,
    createContext(ruleSet, dataset),
  ).get(fact);

  return value as FactValue;
}
