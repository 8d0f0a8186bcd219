import {
  type FactType,
  type LoadedFact,
  type RuleSet,
  type SubjectKind,
  SUBJECT_KINDS,
} from '@duibiao/core';

import type { FactColumns, SqlColumnType } from './column-types.js';
import { compileCondition, type FactShape } from './compile-condition.js';
import { SqlCompileError } from './compile-error.js';
import { duckdb, type SqlDialect } from './dialect.js';
import { BELOW, KindFacts, NoSqlForm } from './fact-sql.js';
import { foreignLayers, layerQueries } from './kind-layers.js';
import { type ReadableTable, readableTables } from './readable-tables.js';
import { REGION, ROW } from './schema.js';
import { subjectSources } from './subjects.js';
import { compileUnknownFacts, type UnknownFactsSql } from './unknown-facts.js';

/** A rule compiled to SQL: its condition over its kind's fact columns. */
export interface SqlRule {
  /** The rule's id. */
  readonly ruleId: string;
  /** A boolean over the fact columns; NULL is unknown. */
  readonly condition: string;
  /**
   * Where the condition is NULL, the facts the in-process engine would
   * find unknown ({@link compileUnknownFacts}); absent for a rule with
   * priorities, which the in-process engine evaluates to find them.
   */
  readonly unknownFacts?: UnknownFactsSql;
  /**
   * For a rule of a plugin that names regions: TRUE where the rule judges
   * the subject (its `_region` starts with one of them, or is unknown).
   * A rule does not judge a subject elsewhere: its outcome there is
   * neither a finding nor a pass.
   */
  readonly applies?: string;
}

/** A rule that has no SQL form, and why; it runs in-process. */
export interface NotCompiled {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's subject kind. */
  readonly subject: SubjectKind;
  /** The fact without a SQL form, when that is the reason. */
  readonly fact?: string;
  /** Why, in English. */
  readonly reason: string;
}

/** The compiled rules of one subject kind. */
export interface SqlKind {
  /** The subject kind. */
  readonly kind: SubjectKind;
  /**
   * The table of the data format the subjects come from: with no rows
   * there, the kind has no subjects and its queries need not run.
   */
  readonly subjects: string;
  /**
   * A query of one row per subject: `_row` (its row in its table; a
   * county's code), `_region` (its region code) and a column per fact the
   * rules read, with `fact:none`,
   * `fact:min` and `fact:max` where the fact has them.
   */
  readonly factsQuery: string;
  /**
   * The `WITH` clause of the tables {@link SqlKind.factsQuery} reads as
   * facts read them: registry rows with blank text NULL, lists' rows in
   * force (`readableTables`); an engine may hold them as tables instead.
   */
  readonly with: string;
  /**
   * The items of a `WITH` clause, `name AS (query)`, each a layer of facts
   * computed once per subject (one row each, by `_row`) that the facts of
   * the layers above and {@link SqlKind.facts} read as columns.
   */
  readonly layers: readonly string[];
  /** The `SELECT` of the facts over the subjects' rows and the top layer. */
  readonly facts: string;
  /**
   * {@link SqlKind.layers} and {@link SqlKind.facts} as one query: the
   * facts query for an engine that holds the lists in force as tables.
   */
  readonly select: string;
  /** The rules, in the rule set's order. */
  readonly rules: readonly SqlRule[];
}

/** A rule set compiled to SQL for one reference date. */
export interface SqlRuleSet {
  /** The dialect. */
  readonly dialect: string;
  /** The reference date the parameters and lists were resolved for. */
  readonly asOf: string;
  /** The kinds with at least one compiled rule. */
  readonly kinds: readonly SqlKind[];
  /**
   * The tables the kinds' queries read, as facts read them: the keys and
   * the columns facts read, blank text NULL, lists' rows in force. An
   * engine makes them once (`CREATE TEMP TABLE name AS query`); a
   * `factsQuery` has those it reads in its `WITH` clause.
   */
  readonly tables: readonly ReadableTable[];
  /** Rules left to the in-process engine, with the reason. */
  readonly notCompiled: readonly NotCompiled[];
}

const TYPES: Record<FactType, SqlColumnType | undefined> = {
  number: 'number',
  string: 'text',
  boolean: 'boolean',
  date: 'date',
  list: { list: 'text' },
  object: undefined,
};

/**
 * Compiles a loaded rule set to SQL: per subject kind, one query of the
 * facts its rules read and each rule's condition over them. A rule whose
 * facts or conditions have no SQL form is listed in `notCompiled` with the
 * fact and reason; the in-process engine judges it.
 *
 * @param ruleSet - The rule set, loaded for a reference date.
 * @param options - The SQL dialect (DuckDB when absent).
 * @returns The compiled rule set.
 * @example
 * const compiled = compileRuleSet(loadRuleSet([shaanxi], '2020-09-30'));
 * const queries = compiled.kinds.map((kind) => kind.factsQuery);
 */
export function compileRuleSet(
  ruleSet: RuleSet,
  options: { dialect?: SqlDialect } = {},
): SqlRuleSet {
  const dialect = options.dialect ?? duckdb;
  const sources = subjectSources(dialect);
  const id = dialect.identifier;
  const notCompiled: NotCompiled[] = [];
  const compiled: Omit<SqlKind, 'factsQuery' | 'with'>[] = [];
  // The columns facts read, by table: the tables as facts read them keep
  // only those and the keys.
  const read = new Map<string, Set<string>>();

  const all = new Map<SubjectKind, KindFacts>();
  const factsOfKind = (kind: SubjectKind): KindFacts => {
    let facts = all.get(kind);
    if (!facts) {
      facts = new KindFacts(sources[kind], ruleSet, dialect, read, factsOfKind);
      all.set(kind, facts);
    }
    return facts;
  };

  for (const kind of SUBJECT_KINDS) {
    const facts = factsOfKind(kind);
    const loaded = ruleSet.facts.get(kind) ?? new Map<string, LoadedFact>();
    const columns: Record<string, SqlColumnType> = {};
    const shapes: Record<string, FactShape> = {};
    const selected: string[] = [];
    const rules: SqlRule[] = [];
    for (const rule of ruleSet.rules) {
      if (rule.definition.subject !== kind) continue;
      const ruleId = rule.definition.id;
      try {
        const added: string[] = [];
        const ruleColumns: Record<string, SqlColumnType> = { ...columns };
        const ruleShapes: Record<string, FactShape> = { ...shapes };
        for (const name of rule.facts) {
          if (Object.hasOwn(ruleColumns, name)) continue;
          const type = TYPES[loaded.get(name)?.type ?? 'object'];
          if (type === undefined)
            throw new NoSqlForm(name, 'facts of type object have no column');
          const { sql } = facts.reference(name);
          ruleColumns[name] = type;
          ruleShapes[name] = {
            none: sql.none !== undefined,
            range: sql.range !== undefined,
          };
          added.push(`${sql.value} AS ${id(name)}`);
          if (sql.none !== undefined)
            added.push(`${sql.none} AS ${id(`${name}:none`)}`);
          if (sql.range !== undefined)
            added.push(
              `${sql.range.min} AS ${id(`${name}:min`)}`,
              `${sql.range.max} AS ${id(`${name}:max`)}`,
            );
        }
        const read = {
          columns: ruleColumns as FactColumns,
          shapes: ruleShapes,
          dialect,
        };
        const condition = compileCondition(ruleId, rule.conditions, read);
        const unknownFacts = compileUnknownFacts(ruleId, rule.conditions, read);
        Object.assign(columns, ruleColumns);
        Object.assign(shapes, ruleShapes);
        selected.push(...added);
        rules.push({
          ruleId,
          condition,
          ...(unknownFacts === undefined ? {} : { unknownFacts }),
          ...(rule.regions.length > 0
            ? { applies: appliesSql(rule.regions, dialect) }
            : {}),
        });
      } catch (error) {
        if (error instanceof NoSqlForm)
          notCompiled.push({
            ruleId,
            subject: kind,
            fact: error.fact,
            reason: error.message,
          });
        else if (error instanceof SqlCompileError)
          notCompiled.push({
            ruleId,
            subject: kind,
            ...(error.fact === undefined ? {} : { fact: error.fact }),
            reason: error.message,
          });
        else throw error;
      }
    }
    if (rules.length === 0) continue;

    const source = sources[kind];
    const own = layerQueries(
      source,
      facts.layers(Object.keys(columns)),
      dialect,
      '',
    );
    const below =
      own.top === undefined
        ? ''
        : ` JOIN ${id(own.top)} AS ${BELOW} ON ${BELOW}.${id(ROW)} = ${source.row}`;
    const layers = [
      ...foreignLayers(facts, factsOfKind, sources, dialect),
      ...own.items,
    ];
    const factsSelect =
      `SELECT ${source.row} AS ${id(ROW)}, ${source.region} AS ${id(REGION)}` +
      `${selected.map((s) => `, ${s}`).join('')} FROM ${source.from}${below}`;
    const select =
      layers.length === 0
        ? factsSelect
        : `WITH ${layers.join(', ')} ${factsSelect}`;
    compiled.push({
      kind,
      subjects: source.table,
      layers,
      facts: factsSelect,
      select,
      rules,
    });
  }

  const tables = readableTables(dialect, ruleSet.asOf, read);
  const kinds = compiled.map((kind): SqlKind => {
    const withClause = withReadable(dialect, tables, kind.select);
    const all = [
      ...(withClause === '' ? [] : [withClause.slice('WITH '.length)]),
      ...kind.layers,
    ];
    return {
      ...kind,
      factsQuery:
        all.length === 0 ? kind.facts : `WITH ${all.join(', ')} ${kind.facts}`,
      with: withClause,
    };
  });

  return {
    dialect: dialect.name,
    asOf: ruleSet.asOf,
    kinds,
    tables,
    notCompiled,
  };
}

/**
 * The tables a query reads, as facts read them (readable-tables.ts), as
 * one `WITH` clause, empty when it reads none: a script then names only
 * the tables its rules read.
 */
function withReadable(
  dialect: SqlDialect,
  tables: readonly ReadableTable[],
  query: string,
): string {
  const views = tables
    .filter(({ name }) => query.includes(dialect.identifier(name)))
    .map(({ name, query }) => `${dialect.identifier(name)} AS (${query})`);

  return views.length === 0 ? '' : `WITH ${views.join(', ')}`;
}

/**
 * One query of a kind's subjects with `_row`, `_region` and a column per
 * rule, named by the rule's id: TRUE where the rule fires, FALSE where it
 * passes, NULL where it is unknown; a rule of a plugin with regions also
 * has `<id>:applies`, FALSE for subjects outside them, which the rule
 * does not judge.
 *
 * @param kind - A compiled kind.
 * @param dialect - The dialect it was compiled for.
 * @returns The query.
 */
export function outcomesQuery(
  kind: SqlKind,
  dialect: SqlDialect = duckdb,
): string {
  const id = dialect.identifier;
  const outcomes = kind.rules.flatMap((rule) => [
    `${rule.condition} AS ${id(rule.ruleId)}`,
    ...(rule.applies === undefined
      ? []
      : [`${rule.applies} AS ${id(`${rule.ruleId}:applies`)}`]),
  ]);

  const facts = `${id('facts')} AS (${kind.facts})`;
  const items = [...kind.layers, facts].join(', ');

  return `${kind.with === '' ? 'WITH' : `${kind.with},`} ${items} SELECT ${id(ROW)}, ${id(REGION)}, ${outcomes.join(', ')} FROM ${id('facts')}`;
}

/**
 * Whether a rule of a plugin with regions judges a subject: its region is
 * unknown or starts with one of the plugin's codes.
 */
function appliesSql(regions: readonly string[], dialect: SqlDialect): string {
  const region = dialect.identifier(REGION);
  const prefixes = regions.map(
    (code) => `substr(${region}, 1, ${code.length}) = ${dialect.text(code)}`,
  );

  return `(${region} IS NULL OR ${region} = '' OR ${prefixes.join(' OR ')})`;
}
