import {
  type FactSql,
  type FactSqlContext,
  isListKey,
  type JsonValue,
  LISTS,
  type ListKey,
  type LoadedFact,
  pickPath,
  type RelatedRows,
  type RuleSet,
  type SubjectKind,
} from '@duibiao/core';

import type { SqlDialect } from './dialect.js';
import { canBeNone, noneColumn, ROW, sqlTable } from './schema.js';
import { readable, type SubjectSource } from './subjects.js';

/** Why a fact has no SQL form: thrown while compiling, caught per rule. */
export class NoSqlForm extends Error {
  /** The fact. */
  readonly fact: string;

  /**
   * @param fact - The fact.
   * @param reason - Why.
   */
  constructor(fact: string, reason: string) {
    super(reason);
    this.name = 'NoSqlForm';
    this.fact = fact;
  }
}

/**
 * The SQL of the facts of one subject kind, each written once and
 * remembered: a fact that reads another inlines the other's SQL.
 */
export class KindFacts {
  readonly #source: SubjectSource;
  readonly #facts: ReadonlyMap<string, LoadedFact>;
  readonly #ruleSet: RuleSet;
  readonly #dialect: SqlDialect;
  readonly #done = new Map<string, FactSql | NoSqlForm>();
  readonly #busy = new Set<string>();
  #aliases = 0;

  /**
   * @param source - Where the kind's subjects are in SQL.
   * @param ruleSet - The rule set: facts and parameters.
   * @param dialect - The SQL dialect.
   */
  constructor(source: SubjectSource, ruleSet: RuleSet, dialect: SqlDialect) {
    this.#source = source;
    this.#facts = ruleSet.facts.get(source.kind) ?? new Map();
    this.#ruleSet = ruleSet;
    this.#dialect = dialect;
  }

  /** The subject kind. */
  get kind(): SubjectKind {
    return this.#source.kind;
  }

  /**
   * A fact's SQL, unknown wherever a table it reads was not all seen for
   * the subject, as the in-process engine has it.
   *
   * @param name - The fact.
   * @returns Its SQL.
   * @throws {@link NoSqlForm} when it has none.
   */
  sqlOf(name: string): FactSql {
    let done = this.#done.get(name);
    if (done === undefined) {
      done = this.#compile(name);
      this.#done.set(name, done);
    }
    if (done instanceof NoSqlForm) throw done;

    return done;
  }

  #compile(name: string): FactSql | NoSqlForm {
    const fact = this.#facts.get(name);
    if (!fact) return new NoSqlForm(name, 'no such fact');
    if (!fact.sql) return new NoSqlForm(name, 'the fact has no SQL form');
    if (this.#busy.has(name))
      return new NoSqlForm(name, 'the fact reads itself');
    this.#busy.add(name);
    try {
      const sql = fact.sql(this.#context(name));
      return this.#guard(fact, sql);
    } catch (error) {
      if (error instanceof NoSqlForm) return error;
      return new NoSqlForm(
        name,
        error instanceof Error ? error.message : String(error),
      );
    } finally {
      this.#busy.delete(name);
    }
  }

  /** The fact made unknown where one of its inputs' tables was not all seen. */
  #guard(fact: LoadedFact, sql: FactSql): FactSql {
    const tables = [
      ...new Set(fact.inputs.map((input) => input.split('.')[0] ?? input)),
    ];
    const unseen = tables
      .map((table) => this.#unseen(table))
      .filter((s) => s !== 'FALSE');
    if (unseen.length === 0) return sql;
    const when = unseen.join(' OR ');
    const unless = (expr: string) =>
      `(CASE WHEN ${when} THEN NULL ELSE ${expr} END)`;

    return {
      value: unless(sql.value),
      ...(sql.none === undefined
        ? {}
        : { none: `(CASE WHEN ${when} THEN FALSE ELSE ${sql.none} END)` }),
      ...(sql.range === undefined
        ? {}
        : {
            range: { min: unless(sql.range.min), max: unless(sql.range.max) },
          }),
    };
  }

  /** SQL that is TRUE when a table's rows for the subject were not all seen. */
  #unseen(table: string): string {
    const id = this.#dialect.identifier;
    const text = this.#dialect.text;
    const source = this.#source;
    const absent = `EXISTS (SELECT 1 FROM ${id('_absent')} WHERE ${id('name')} = ${text(table)})`;
    const parts = [absent];
    if (isListKey(table)) {
      parts.push(`NOT EXISTS (SELECT 1 FROM ${id(readable(table))})`);
      const complete = this.#listIncomplete(table);
      if (complete !== undefined) parts.push(complete);
    }
    if (table === 'members' && source.kind === 'household') {
      parts.push(
        `EXISTS (SELECT 1 FROM ${id('_unplaced')} WHERE ${id('members')} > 0)`,
        `EXISTS (SELECT 1 FROM ${id('_incomplete')} AS i WHERE i.${id('householdId')} = h.${id('householdId')})`,
      );
    }

    return `(${parts.join(' OR ')})`;
  }

  /** TRUE when a rejected row of the list may have been the subject's. */
  #listIncomplete(list: ListKey): string | undefined {
    const id = this.#dialect.identifier;
    const text = this.#dialect.text;
    const linkedBy = LISTS[list].linkedBy;
    if (linkedBy === null) return undefined;
    const unplaced = `EXISTS (SELECT 1 FROM ${id('_list_unplaced')} WHERE ${id('list')} = ${text(list)} AND ${id('rows')} > 0)`;
    const rejected = (key: string) =>
      `EXISTS (SELECT 1 FROM ${id('_list_rejected')} AS j WHERE j.${id('list')} = ${text(list)} AND j.${id('key')} = ${key})`;
    const col = (alias: string, name: string) => `${alias}.${id(name)}`;
    const anyOf = (rows: string, x: string, where: string, key: string) =>
      `EXISTS (SELECT 1 FROM ${id(rows)} AS ${x} WHERE ${where} AND ${rejected(col(x, key))})`;
    let keyed: string | undefined;
    switch (this.#source.kind) {
      case 'member':
        keyed = rejected(col('m', linkedBy));
        break;
      case 'household':
        keyed =
          linkedBy === 'householdId'
            ? rejected(col('h', 'householdId'))
            : anyOf(
                'members',
                'k',
                `${col('k', 'householdId')} = ${col('h', 'householdId')}`,
                'idNumber',
              );
        break;
      case 'village':
        if (linkedBy === 'householdId')
          keyed = anyOf(
            'households',
            'k',
            `${col('k', 'regionCode')} = ${col('v', 'regionCode')}`,
            'householdId',
          );
        break;
      case 'county':
        if (linkedBy === 'householdId')
          keyed = anyOf(
            'households',
            'k',
            `substr(${col('k', 'regionCode')}, 1, 6) = ${col('c', 'regionCode')}`,
            'householdId',
          );
        break;
      case 'project':
        break;
      default:
        keyed = rejected(
          linkedBy === 'idNumber'
            ? col('m', 'idNumber')
            : col('h', 'householdId'),
        );
    }

    return keyed === undefined ? unplaced : `(${unplaced} OR ${keyed})`;
  }

  #context(name: string): FactSqlContext {
    const dialect = this.#dialect;
    const id = dialect.identifier;
    const source = this.#source;
    const fail = (reason: string) => new NoSqlForm(name, reason);
    const columnOf = (alias: string, table: string, field: string): FactSql => {
      const spec = sqlTable(table);
      const column = spec?.columns.find(
        (c) => c.name === field && c.role === 'value',
      );
      if (!spec || !column) throw fail(`no column ${table}.${field}`);
      const raw = `${alias}.${id(field)}`;
      const value =
        column.type === 'text' || column.type === 'date'
          ? `(CASE WHEN ${dialect.trimmed(raw)} = '' THEN NULL ELSE ${raw} END)`
          : raw;
      const fieldSpec = spec.spec.fields[field];
      return fieldSpec && canBeNone(fieldSpec)
        ? { value, none: `COALESCE(${alias}.${id(noneColumn(field))}, FALSE)` }
        : { value };
    };

    return {
      dialect: dialect.name,
      asOf: `DATE ${dialect.text(this.#ruleSet.asOf)}`,
      asOfDate: this.#ruleSet.asOf,
      column: (table, field) => {
        const alias = Object.hasOwn(source.tables, table)
          ? source.tables[table]
          : undefined;
        if (alias === undefined)
          throw fail(`a ${source.kind} does not see ${table}`);
        return columnOf(alias, table, field);
      },
      fact: (other) => this.sqlOf(other),
      param: (path) =>
        this.#literal(this.#paramValue(path), () =>
          fail(`parameter ${path} has no SQL literal`),
        ),
      paramValue: (path) => this.#paramValue(path),
      index: {
        membersWithId: (idNumber) => {
          const [k, j] = [this.#alias(), this.#alias()];
          const count = (table: string, x: string) =>
            `(SELECT count(*) FROM ${id(table)} AS ${x} WHERE ${x}.${id('idNumber')} = ${idNumber})`;
          return `(${count('members', k)} + ${count('_rejected_member_ids', j)})`;
        },
      },
      regions: this.#ruleSet.regions,
      related: (table): RelatedRows => {
        const x = this.#alias();
        const where = source.link(table, x);
        if (where === undefined)
          throw fail(`a ${source.kind} has no ${table} rows`);
        return {
          from: `${id(readable(table))} AS ${x}`,
          where,
          column: (field) => columnOf(x, table, field),
          row: `${x}.${id(ROW)}`,
          complete: `(NOT ${this.#unseen(table)})`,
        };
      },
      text: dialect.text,
      number: dialect.number,
      fn: dialect.functions,
    };
  }

  /** A parameter's value in force; `a.b` reads into an object. */
  #paramValue(path: string): JsonValue | undefined {
    const [root = path, ...rest] = path.split('.');
    const whole = this.#ruleSet.parameters.get(root)?.value;

    return rest.length === 0 ? whole : pickPath(whole as JsonValue, rest);
  }

  /** A fresh alias for a table in a fact's subquery. */
  #alias(): string {
    return `x${(this.#aliases += 1)}`;
  }

  #literal(value: unknown, fail: () => Error): string {
    if (typeof value === 'number' && Number.isFinite(value))
      return this.#dialect.number(value);
    if (typeof value === 'string') return this.#dialect.text(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    throw fail();
  }
}
