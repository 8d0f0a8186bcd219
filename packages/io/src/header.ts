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
  /**
   * Columns that name a number field with a unit in brackets on another
   * scale than the field's own: the header as written and the unit found.
   */
  wrongUnits: { field: string; header: string; unit: string }[];
}

/** The field a header names, and the unit in brackets after the name. */
interface HeaderMatch {
  field: string;
  /** The bracketed tail the name was matched without, if any. */
  unit: string | undefined;
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
 * with or without a unit in brackets after the name. Whether that unit is
 * the field's own is checked by {@link mapColumns}.
 *
 * @param spec - The table.
 * @param text - A header as written.
 * @returns The field key, or `undefined`.
 */
export function fieldOfHeader(
  spec: TableSpec,
  text: string,
): string | undefined {
  return matchHeader(spec, text)?.field;
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
  const cellsOf = (row: SheetRow) =>
    row.sparse ? Object.values(row.cells) : row.cells;

  return rows.findIndex((row) => cellsOf(row).some(isKey));
}

/**
 * Maps the cells of a header row to the fields of a table, and finds the
 * columns whose unit in brackets is another scale of their field's unit.
 *
 * @param cells - The header cells.
 * @param spec - The table.
 * @returns Field columns, unknown and unnamed columns, conflicts and
 * columns in the wrong unit.
 */
export function mapColumns(
  cells: readonly SheetCell[],
  spec: TableSpec,
): ColumnMap {
  // Array.from, not map: a sparse header row's holes are unnamed columns.
  const headers = Array.from(cells, (cell) => cellText(cell).trim());
  const named = new Map<string, number[]>();
  const unknown: number[] = [];
  const unnamed: number[] = [];
  const wrongUnits: ColumnMap['wrongUnits'] = [];

  headers.forEach((header, index) => {
    const match = matchHeader(spec, header);
    if (!match) {
      (header === '' ? unnamed : unknown).push(index);
      return;
    }

    const { field, unit } = match;
    named.set(field, [...(named.get(field) ?? []), index]);
    if (!fitsUnit(spec, field, unit)) {
      wrongUnits.push({ field, header, unit: unit ?? '' });
    }
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

  return { fields, headers, unknown, unnamed, conflicts, wrongUnits };
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

function matchHeader(spec: TableSpec, text: string): HeaderMatch | undefined {
  const lookup = lookupOf(spec);
  const name = normalizeHeader(text);
  if (name === '') return undefined;

  // The exact header comes first: 务工时间(月) is the field's own header,
  // not the name 务工时间 with a unit.
  const exact = lookup.exact.get(name);
  if (exact) return { field: exact, unit: undefined };

  const { bare, unit } = splitUnit(name);
  const field = lookup.bare.get(bare);

  return field ? { field, unit } : undefined;
}

function splitUnit(name: string): { bare: string; unit: string | undefined } {
  // A unit is a bracketed tail after the name: 人均纯收入(元).
  const match = /^(.+?)[([]([^()[\]]*)[)\]]$/.exec(name);
  if (!match) return { bare: name, unit: undefined };

  const unit = match[2] === '' ? undefined : match[2];
  return { bare: match[1] as string, unit };
}

/**
 * Units that measure the same thing as a field's unit on another scale:
 * a column in one of them would be read wrongly, so it is refused. Other
 * notes in brackets (元/年, 个月, L, 2019年) are taken as the field's unit.
 * Yuan are a year's: 元/月 is a month's.
 */
const OTHER_SCALES: Readonly<Record<string, RegExp>> = {
  元: /^(万|千|百|角|分)|月/,
  月: /^(天|日|周|年|小时|h)/,
  天: /^(月|周|年|小时|h)/,
  分钟: /^(小时|时|h|秒|s$)/,
  升: /^(立方|方|吨|毫升|ml|m3|m³|t$)/,
};

function fitsUnit(
  spec: TableSpec,
  field: string,
  unit: string | undefined,
): boolean {
  const own = spec.fields[field]?.unit;
  if (own === undefined || unit === undefined) return true;

  const other = OTHER_SCALES[normalizeHeader(own)];
  return !other?.test(unit.toLowerCase());
}

function lookupOf(spec: TableSpec): Lookup {
  const cached = lookups.get(spec);
  if (cached) return cached;

  const lookup: Lookup = { exact: new Map(), bare: new Map() };
  for (const [key, field] of Object.entries(spec.fields)) {
    const header = normalizeHeader(field.header);
    lookup.exact.set(header, key);
    lookup.exact.set(key.toLowerCase(), key);
    lookup.bare.set(splitUnit(header).bare, key);
    lookup.bare.set(key.toLowerCase(), key);
  }
  lookups.set(spec, lookup);

  return lookup;
}
