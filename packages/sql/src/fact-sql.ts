import {
  type FactSql,
  type FactSqlContext,
  type JsonValue,
  type LoadedFact,
  pickPath,
  type RelatedRows,
  type RuleSet,
  type SubjectKind,
} from '@duibiao/core';

import type { SqlDialect } from './dialect.js';
import {
  BELOW,
  type Compiled,
  type FactReference,
  factsOf,
  type Frame,
  type LayerColumn,
  NoSqlForm,
  SUBJECT_TABLES,
  worthAColumn,
} from './fact-layers.js';
import { canBeNone, noneColumn, ROW, sqlTable } from './schema.js';
import { readable } from './readable-tables.js';
import type { SubjectSource } from './subjects.js';

export { BELOW, factsOf, type LayerColumn, NoSqlForm } from './fact-layers.js';
import { unseenSql } from './unseen-sql.js';

/**
 * The SQL of the facts of one subject kind, each written once and
 * remembered. A fact with a subquery (or long SQL) is computed once per
 * subject in a layer (a query of one row per subject) and read as a column
 * by the facts and rules that need it; a short, plain one is inlined.
 */
export class KindFacts {
  readonly #source: SubjectSource;
  readonly #facts: ReadonlyMap<string, LoadedFact>;
  readonly #ruleSet: RuleSet;
  readonly #dialect: SqlDialect;
  readonly #done = new Map<string, Compiled | NoSqlForm>();
  readonly #busy = new Set<string>();
  readonly #frames: Frame[] = [];
  readonly #read: Map<string, Set<string>>;
  readonly #kinds: (kind: SubjectKind) => KindFacts;
  readonly #foreign = new Map<SubjectKind, Set<string>>();
  #aliases = 0;

  /**
   * @param source - Where the kind's subjects are in SQL.
   * @param ruleSet - The rule set: facts and parameters.
   * @param dialect - The SQL dialect.
   * @param read - Where to note the columns facts read, by table.
   * @param kinds - The facts of every kind, for facts of related rows.
   */
  constructor(
    source: SubjectSource,
    ruleSet: RuleSet,
    dialect: SqlDialect,
    read: Map<string, Set<string>>,
    kinds: (kind: SubjectKind) => KindFacts,
  ) {
    this.#read = read;
    this.#kinds = kinds;
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
   * A fact as a rule or another fact reads it: its column in a layer, or
   * its SQL; unknown wherever a table it reads was not all seen for the
   * subject, as the in-process engine has it.
   *
   * @param name - The fact.
   * @returns Its SQL, the layer it needs and the layers' facts it reads.
   * @throws {@link NoSqlForm} when it has none.
   */
  reference(name: string): FactReference {
    let done = this.#done.get(name);
    if (done === undefined) {
      done = this.#compile(name);
      this.#done.set(name, done);
    }
    if (done instanceof NoSqlForm) throw done;
    if (done.layer === undefined)
      return { sql: done.sql, level: done.need, uses: done.uses };

    return {
      sql: this.#columns(name, done.sql, BELOW),
      level: done.layer,
      uses: new Set([name]),
    };
  }

  /**
   * A fact as the rows of this kind read it from another kind's query (a
   * household reading its members' ages): always a column of a layer,
   * through the alias of the layers' top (see {@link factsOf}).
   *
   * @param name - The fact.
   * @param alias - The alias its rows are read by.
   * @returns Its SQL.
   * @throws {@link NoSqlForm} when it has none.
   */
  columnOf(name: string, alias: string): FactSql {
    this.reference(name);
    const done = this.#done.get(name) as Compiled;
    if (done.layer === undefined)
      this.#done.set(name, { ...done, layer: done.need + 1 });

    return this.#columns(name, done.sql, alias);
  }

  /** A fact's columns, read through an alias. */
  #columns(name: string, sql: FactSql, alias: string): FactSql {
    const id = this.#dialect.identifier;
    const column = (suffix: string) => `${alias}.${id(name + suffix)}`;
    const { none, range } = sql;

    return {
      value: column(''),
      ...(none === undefined ? {} : { none: column(':none') }),
      ...(range === undefined
        ? {}
        : { range: { min: column(':min'), max: column(':max') } }),
    };
  }

  /** Facts of other kinds this kind's facts read, by kind. */
  get foreign(): ReadonlyMap<SubjectKind, ReadonlySet<string>> {
    return this.#foreign;
  }

  /**
   * The layers that compute the given facts' columns and the columns they
   * read in turn, lowest first: each a list of facts, each with its
   * columns (name and SQL).
   *
   * @param names - Facts a query reads, through {@link KindFacts.reference}.
   * @returns The facts of each layer.
   */
  layers(names: Iterable<string>): LayerColumn[][][] {
    const needed = new Set<string>();
    const visit = (name: string) => {
      const done = this.#done.get(name);
      if (done === undefined || done instanceof NoSqlForm) return;
      for (const used of done.uses)
        if (!needed.has(used)) {
          needed.add(used);
          visit(used);
        }
    };
    for (const name of names) {
      const done = this.#done.get(name);
      if (done === undefined || done instanceof NoSqlForm) continue;
      if (done.layer !== undefined) needed.add(name);
      visit(name);
    }
    const layers: LayerColumn[][][] = [];
    for (const name of needed) {
      const done = this.#done.get(name) as Compiled;
      const layer = (layers[(done.layer as number) - 1] ??= []);
      const { value, none, range } = done.sql;
      layer.push([
        { name, sql: value },
        ...(none === undefined ? [] : [{ name: `${name}:none`, sql: none }]),
        ...(range === undefined
          ? []
          : [
              { name: `${name}:min`, sql: range.min },
              { name: `${name}:max`, sql: range.max },
            ]),
      ]);
    }

    return Array.from(layers, (layer) => layer ?? []);
  }

  #compile(name: string): Compiled | NoSqlForm {
    const fact = this.#facts.get(name);
    if (!fact) return new NoSqlForm(name, 'no such fact');
    if (!fact.sql) return new NoSqlForm(name, 'the fact has no SQL form');
    if (this.#busy.has(name))
      return new NoSqlForm(name, 'the fact reads itself');
    this.#busy.add(name);
    const frame: Frame = { need: 0, uses: new Set() };
    this.#frames.push(frame);
    try {
      const sql = this.#guard(fact, fact.sql(this.#context(name)));
      const { need, uses } = frame;

      return worthAColumn(sql)
        ? { sql, need, uses, layer: need + 1 }
        : { sql, need, uses };
    } catch (error) {
      if (error instanceof NoSqlForm) return error;
      return new NoSqlForm(
        name,
        error instanceof Error ? error.message : String(error),
      );
    } finally {
      this.#frames.pop();
      this.#busy.delete(name);
    }
  }

  /** The fact made unknown where one of its inputs' tables was not all seen. */
  #guard(fact: LoadedFact, sql: FactSql): FactSql {
    const tables = [
      ...new Set(fact.inputs.map((input) => input.split('.')[0] ?? input)),
    ];
    const unseen = tables.map((table) => this.#unseenColumn(table));
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

  /**
   * Whether a table's rows for the subject were not all seen, as a column
   * of the lowest layer: made once per subject, however many facts read
   * the table (a member's facts read the lists some hundred times).
   */
  #unseenColumn(table: string): string {
    return this.#lowestColumn(`unseen:${table}`, () => this.#unseen(table));
  }

  /** A piece of SQL facts share, as a column of the lowest layer. */
  #sharedColumn(piece: string, make: () => string): string {
    return this.#lowestColumn(`shared:${piece}`, () => {
      const sql = make();
      if (sql.includes(`${BELOW}.`))
        throw new NoSqlForm(piece, `shared SQL ${piece} reads a fact`);
      return sql;
    });
  }

  /** A column of the lowest layer, made once, read like a fact's column. */
  #lowestColumn(name: string, make: () => string): string {
    if (!this.#done.has(name))
      this.#done.set(name, {
        sql: { value: make() },
        need: 0,
        uses: new Set(),
        layer: 1,
      });

    return this.#readFrom(name).value;
  }

  /**
   * A fact (or an unseen-table column) as the fact being compiled reads
   * it: the layer it needs and what it uses are noted in that fact's frame.
   */
  #readFrom(name: string): FactSql {
    const read = this.reference(name);
    const frame = this.#frames.at(-1);
    if (frame) {
      frame.need = Math.max(frame.need, read.level);
      for (const used of read.uses) frame.uses.add(used);
    }

    return read.sql;
  }

  /** SQL that is TRUE when a table's rows for the subject were not all seen. */
  #unseen(table: string): string {
    return unseenSql(this.#source, table, this.#dialect);
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
      const read = this.#read.get(table) ?? new Set<string>();
      this.#read.set(table, read.add(field));
      // The tables facts read have blank text as NULL (readable-tables.ts).
      const value = `${alias}.${id(field)}`;
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
      fact: (other) => this.#readFrom(other),
      shared: (piece, make) => this.#sharedColumn(piece, make),
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
        const link = source.link(table, x);
        if (link === undefined)
          throw fail(`a ${source.kind} has no ${table} rows`);
        const kind = Object.hasOwn(SUBJECT_TABLES, table)
          ? SUBJECT_TABLES[table]
          : undefined;
        const f = `${x}f`;
        let joinFacts = '';
        const fact =
          kind &&
          ((name: string) => {
            const sql = this.#kinds(kind).columnOf(name, f);
            const names = this.#foreign.get(kind) ?? new Set<string>();
            this.#foreign.set(kind, names.add(name));
            joinFacts = ` JOIN ${id(factsOf(kind))} AS ${f} ON ${f}.${id(ROW)} = ${x}.${id(ROW)}`;
            return sql;
          });
        return {
          get from() {
            return `${id(readable(table))} AS ${x}${link.join === undefined ? '' : ` ${link.join}`}${joinFacts}`;
          },
          where: link.where,
          column: (field) => columnOf(x, table, field),
          row: `${x}.${id(ROW)}`,
          complete: `(NOT ${this.#unseen(table)})`,
          ...(fact ? { fact } : {}),
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
