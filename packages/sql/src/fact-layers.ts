import type { FactSql, SubjectKind } from '@duibiao/core';

/*
 * The pieces of fact-sql.ts's KindFacts: how a compiled fact is kept,
 * when it gets a column of its own, and the names layers are read by.
 */

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

/** A column of a layer of facts: its name and SQL. */
export interface LayerColumn {
  readonly name: string;
  readonly sql: string;
}

/** A fact's SQL as a rule or another fact reads it. */
export interface FactReference {
  /** Its column in a layer (or its own SQL, when short and plain). */
  readonly sql: FactSql;
  /** The layer after which the SQL can be read; 0 reads only the subject's rows. */
  readonly level: number;
  /** The materialised facts it reads, itself included when it is one. */
  readonly uses: ReadonlySet<string>;
}

/** A fact compiled: its SQL over the columns of the layers below it. */
export interface Compiled {
  readonly sql: FactSql;
  /** The highest layer its SQL reads a column of. */
  readonly need: number;
  /** Its layer, when it is computed once per subject into a column. */
  readonly layer?: number;
  readonly uses: ReadonlySet<string>;
}

/** What the fact being compiled has read so far. */
export interface Frame {
  need: number;
  readonly uses: Set<string>;
}

/**
 * A fact is worth a column of its own when its SQL has a subquery or is
 * long: inlined, it would be computed again by every fact and rule that
 * reads it (and twice by those reading its value and whether it is none).
 */
export function worthAColumn(sql: FactSql): boolean {
  const parts = [
    sql.value,
    sql.none ?? '',
    sql.range?.min ?? '',
    sql.range?.max ?? '',
  ];
  const text = parts.join(' ');

  return text.length > 400 || hasSubquery(text);
}

/**
 * Whether SQL holds a subquery.
 *
 * @param sql - The SQL.
 * @returns Whether it has a SELECT.
 */
export function hasSubquery(sql: string): boolean {
  return /\bSELECT\b/i.test(sql);
}

/** The tables whose rows are subjects of a kind, for `RelatedRows.fact`. */
export const SUBJECT_TABLES: Readonly<Record<string, SubjectKind | undefined>> =
  {
    members: 'member',
    households: 'household',
  };

/**
 * The name of the query of a kind's facts that the facts of another kind
 * read through `RelatedRows.fact`: its top layer.
 *
 * @param kind - The kind whose facts it holds.
 * @returns The name.
 */
export function factsOf(kind: SubjectKind): string {
  return `_${kind}_facts`;
}

/** The alias of the layer below, as a layer or the final query reads it. */
export const BELOW = '_p';
