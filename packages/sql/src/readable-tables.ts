import { isListKey, LISTS } from '@duibiao/core';

import { compileDated } from './dated.js';
import type { SqlDialect } from './dialect.js';
import { ROW, SQL_TABLES, type SqlTable } from './schema.js';

/** A table as facts read it, and the query that makes it from the data. */
export interface ReadableTable {
  /** Its name: `households@clean`, `credit@in_force`. */
  readonly name: string;
  /** The query over the data format's table. */
  readonly query: string;
}

/** The name under which a list's rows in force on the reference date are read. */
export function inForce(list: string): string {
  return `${list}@in_force`;
}

/**
 * The name under which facts read a table: a list's rows in force, the
 * registry's rows with blank text made NULL.
 */
export function readable(table: string): string {
  return isListKey(table) ? inForce(table) : `${table}@clean`;
}

/**
 * Every table as facts read it: each text or date cell that is empty or
 * only whitespace made NULL once (rather than tested by every fact that
 * reads it), and of the lists only the rows in force on the reference
 * date: rows whose date field is blank or not after it (a month counts as
 * after only when the whole month is).
 *
 * @param dialect - The SQL dialect.
 * @param asOf - The reference date.
 * @param read - The fields facts read, by table: a table keeps only those
 * and its keys (证件号码, 户编号, 行政区划代码). All when absent.
 * @returns The name and query of each table, registry first.
 */
export function readableTables(
  dialect: SqlDialect,
  asOf: string,
  read?: ReadonlyMap<string, ReadonlySet<string>>,
): ReadableTable[] {
  const id = dialect.identifier;

  return SQL_TABLES.map((table) => {
    const fields = read && new Set([...KEYS, ...(read.get(table.name) ?? [])]);
    const columns = cleanColumns(table, dialect, fields);
    const all = `SELECT ${columns} FROM ${id(table.name)}`;
    const datedBy = isListKey(table.name) ? LISTS[table.name].datedBy : null;
    if (datedBy === null) return { name: readable(table.name), query: all };
    const later = compileDated(
      'dateAfter',
      { sql: blankAsNull(id(datedBy), dialect), type: 'date' },
      asOf,
      dialect,
    ) as string;

    return {
      name: readable(table.name),
      query: `${all} WHERE NOT COALESCE(${later}, FALSE)`,
    };
  });
}

/** A text column's value, NULL when empty or only whitespace. */
function blankAsNull(raw: string, dialect: SqlDialect): string {
  return `(CASE WHEN ${dialect.blank(raw)} THEN NULL ELSE ${raw} END)`;
}

/** The fields every table keeps: those rows are joined by. */
const KEYS = ['idNumber', 'householdId', 'regionCode'];

/**
 * A table's columns (those of the fields given, else all), text and dates
 * cleaned, each under its own name.
 */
function cleanColumns(
  table: SqlTable,
  dialect: SqlDialect,
  fields: ReadonlySet<string> | undefined,
): string {
  const id = dialect.identifier;
  const kept = table.columns.filter(
    (column) => fields === undefined || fields.has(column.field),
  );
  const columns = kept.map((column) => {
    const raw = id(column.name);
    const text =
      column.role === 'value' &&
      (column.type === 'text' || column.type === 'date');
    return text ? `${blankAsNull(raw, dialect)} AS ${raw}` : raw;
  });

  return [id(ROW), ...columns].join(', ');
}
