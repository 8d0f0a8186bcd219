import {
  type FieldKind,
  type FieldSpec,
  households,
  LIST_KEYS,
  LISTS,
  members,
  type TableSpec,
  villages,
} from '@duibiao/core';

import type { SqlColumnType } from './column-types.js';
import type { SqlDialect } from './dialect.js';

/** The column of a table's rows that keeps their place in the input. */
export const ROW = '_row';

/** The column of a subject's region code in a facts query. */
export const REGION = '_region';

/** A column of a duibiao table in SQL. */
export interface SqlColumn {
  /** The column's name: the field's English key, or `key:none`. */
  readonly name: string;
  /** The field it holds. */
  readonly field: string;
  /** What it holds. */
  readonly type: SqlColumnType;
  /**
   * `value` for the field's value (NULL when blank); `none` for the
   * companion of a field whose blank cell means "none": TRUE when the
   * record says there is none, which the value column cannot tell from
   * unknown.
   */
  readonly role: 'value' | 'none';
}

/** A duibiao table in SQL: its name and columns, after the row number. */
export interface SqlTable {
  /** The table's English key, also its SQL name: `households`. */
  readonly name: string;
  /** The data format's table. */
  readonly spec: TableSpec;
  /** Its columns, in the fields' order, `_row` not included. */
  readonly columns: readonly SqlColumn[];
}

const KINDS: Record<FieldKind, SqlColumnType> = {
  key: 'text',
  text: 'text',
  'id-number': 'text',
  code: 'text',
  enum: 'text',
  list: { list: 'text' },
  boolean: 'boolean',
  number: 'number',
  year: 'number',
  date: 'date',
};

/** The name of the column that says a field is known to be none. */
export function noneColumn(field: string): string {
  return `${field}:none`;
}

/** Whether a field's blank cell is a known "none" kept as `null`. */
export function canBeNone(spec: FieldSpec): boolean {
  return spec.blank === 'none' && spec.kind !== 'list';
}

function tableOf(spec: TableSpec): SqlTable {
  const columns: SqlColumn[] = [];
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    columns.push({
      name: field,
      field,
      type: KINDS[fieldSpec.kind],
      role: 'value',
    });
    if (canBeNone(fieldSpec))
      columns.push({
        name: noneColumn(field),
        field,
        type: 'boolean',
        role: 'none',
      });
  }

  return { name: spec.key, spec, columns };
}

/**
 * Every table of the data format as SQL sees it: the registry's three and
 * the fifteen lists, each with a `_row` column (the row's place in its
 * file, from 0) and a column per field.
 */
export const SQL_TABLES: readonly SqlTable[] = [
  households,
  members,
  villages,
  ...LIST_KEYS.map((key) => LISTS[key].table),
].map((spec) => tableOf(spec as TableSpec));

/** The SQL table by name. */
export function sqlTable(name: string): SqlTable | undefined {
  return SQL_TABLES.find((table) => table.name === name);
}

/**
 * The tables beside the data that say what reading it left out, for facts
 * that must not take a partly read table for the whole:
 *
 * - `_absent(name)`: tables with no file at all;
 * - `_incomplete("householdId")`: households with a rejected member row;
 * - `_list_rejected(list, key)`: the ID numbers or 户编号 that rejected
 *   list rows name;
 * - `_list_unplaced(list, rows)`: rejected list rows that name no one;
 * - `_unplaced(members)`: rejected member rows with no readable 户编号;
 * - `_rejected_member_ids("idNumber")`: the ID number of each rejected
 *   member row that has one, once per row, counted with the members when
 *   looking for an ID number carried twice.
 */
export const STATUS_TABLES: readonly {
  name: string;
  columns: readonly [string, 'text' | 'number'][];
}[] = [
  { name: '_absent', columns: [['name', 'text']] },
  { name: '_incomplete', columns: [['householdId', 'text']] },
  {
    name: '_list_rejected',
    columns: [
      ['list', 'text'],
      ['key', 'text'],
    ],
  },
  {
    name: '_list_unplaced',
    columns: [
      ['list', 'text'],
      ['rows', 'number'],
    ],
  },
  { name: '_unplaced', columns: [['members', 'number']] },
  { name: '_rejected_member_ids', columns: [['idNumber', 'text']] },
];

/**
 * `CREATE TABLE` statements for every table of the data format and the
 * status tables, in a dialect.
 *
 * @param dialect - The SQL dialect.
 * @returns One statement per table, without a closing semicolon.
 */
export function createTables(dialect: SqlDialect): string[] {
  const id = dialect.identifier;
  const data = SQL_TABLES.map((table) => {
    const columns = table.columns.map(
      (column) => `${id(column.name)} ${dialect.typeOf(column.type)}`,
    );
    return `CREATE TABLE ${id(table.name)} (${[`${id(ROW)} INTEGER`, ...columns].join(', ')})`;
  });
  const status = STATUS_TABLES.map(
    (table) =>
      `CREATE TABLE ${id(table.name)} (${table.columns
        .map(([name, type]) => `${id(name)} ${dialect.typeOf(type)}`)
        .join(', ')})`,
  );

  return [...data, ...status];
}
