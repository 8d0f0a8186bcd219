import { type TableSpec, toHalfWidth } from '@duibiao/core';

import { cellText, type SheetCell, type SheetRow } from './sheet-row.js';

/** How the columns of a file map to the fields of a table. */
export interface ColumnMap {
  /** Field key → column index. */
  fields: Map<string, number>;
  /** Each column's header as written, trimmed. */
  headers: string[];
  /** Columns with a header that names no field, by index. */
  unknown: number[];
  /** Columns with an empty header, by index. */
  unnamed: number[];
  /** Fields that more than one column names, with those headers. */
  conflicts: { field: string; headers: string[] }[];
}

interface Lookup {
  /** Normalised header or key → field. */
  exact: Map<string, string>;
  /** Normalised header without its unit, or key → field. */
  bare: Map<string, string>;
}

const lookups = new WeakMap<TableSpec, Lookup>();

/**
 * Normalises a header for matching: full-width letters and brackets become
 * ASCII, every space goes (Excel headers often wrap onto two lines), and
 * letters are lower-cased so that English keys match in any case.
 *
 * @param text - A header as written.
 * @returns The header to match.
 * @example
 * normalizeHeader(' 人均纯收入（元） '); // '人均纯收入(元)'
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[【〔]/g, '[')
    .replace(/[】〕]/g, ']')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The field a header names, if any: the Chinese header or the English key,
 * with or without a unit in brackets after the name.
 *
 * @param spec - The table.
 * @param text - A header as written.
 * @returns The field key, or `undefined`.
 */
export function fieldOfHeader(
  spec: TableSpec,
  text: string,
): string | undefined {
  const lookup = lookupOf(spec);
  const name = normalizeHeader(text);
  if (name === '') return undefined;

  return lookup.exact.get(name) ?? lookup.bare.get(withoutUnit(name));
}

/**
 * Finds the header row: the first row that holds the table's key column.
 * Rows above it are titles or notes.
 *
 * @param rows - The rows of a sheet.
 * @param spec - The table.
 * @returns The index of the header row in `rows`, or -1.
 */
export function findHeaderRow(
  rows: readonly SheetRow[],
  spec: TableSpec,
): number {
  const isKey = (cell: SheetCell) =>
    typeof cell === 'string' && fieldOfHeader(spec, cell) === spec.keyField;

  return rows.findIndex((row) => row.cells.some(isKey));
}

/**
 * Maps the cells of a header row to the fields of a table.
 *
 * @param cells - The header cells.
 * @param spec - The table.
 * @returns Field columns, unknown and unnamed columns, and conflicts.
 */
export function mapColumns(
  cells: readonly SheetCell[],
  spec: TableSpec,
): ColumnMap {
  const headers = cells.map((cell) => cellText(cell).trim());
  const named = new Map<string, number[]>();
  const unknown: number[] = [];
  const unnamed: number[] = [];

  headers.forEach((header, index) => {
    const field = fieldOfHeader(spec, header);
    if (field) named.set(field, [...(named.get(field) ?? []), index]);
    else if (header === '') unnamed.push(index);
    else unknown.push(index);
  });

  const fields = new Map<string, number>();
  const conflicts: ColumnMap['conflicts'] = [];
  for (const [field, indexes] of named) {
    fields.set(field, indexes[0] as number);
    if (indexes.length > 1) {
      const written = indexes.map((index) => headers[index] ?? '');
      conflicts.push({ field, headers: written });
    }
  }

  return { fields, headers, unknown, unnamed, conflicts };
}

/**
 * A field's name for messages: its Chinese header and English key.
 *
 * @param spec - The table.
 * @param field - The field key.
 * @returns E.g. `户编号 (householdId)`.
 */
export function fieldLabel(spec: TableSpec, field: string): string {
  return `${spec.fields[field]?.header ?? field} (${field})`;
}

function withoutUnit(name: string): string {
  // A unit is a bracketed tail after the name: 人均纯收入(元).
  const match = /^(.+?)[([][^()[\]]*[)\]]$/.exec(name);

  return match ? (match[1] as string) : name;
}

function lookupOf(spec: TableSpec): Lookup {
  const cached = lookups.get(spec);
  if (cached) return cached;

  const lookup: Lookup = { exact: new Map(), bare: new Map() };
  for (const [key, field] of Object.entries(spec.fields)) {
    const header = normalizeHeader(field.header);
    lookup.exact.set(header, key);
    lookup.exact.set(key.toLowerCase(), key);
    lookup.bare.set(withoutUnit(header), key);
    lookup.bare.set(key.toLowerCase(), key);
  }
  lookups.set(spec, lookup);

  return lookup;
}
