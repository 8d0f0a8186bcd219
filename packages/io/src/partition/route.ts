import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import type { TableSpec } from '@duibiao/core';

import { CsvSyntaxError, CsvTokenizer } from '../csv-tokenizer.js';
import type { TableFile } from '../find-table-files.js';
import { type ColumnMap, findHeaderRow, mapColumns } from '../header.js';
import type { IdOccurrences } from '../id-index.js';
import { KeyTable, packKey, unpackKey } from './key-table.js';
import { UnusableTable } from './unusable-table.js';
import { columnProblems } from '../load-table-file.js';
import { csvProblem, likelyDelimiter } from '../parse-csv.js';
import { DEFAULT_READ_LIMITS } from '../read-limits.js';
import type { TextEncoding } from '../read-result.js';
import { textOf } from '../read-rows.js';
import { isBlankSheetCell, type SheetRow } from '../sheet-row.js';
import { openTextStream } from '../text-stream.js';

/** A table file's header, found in its first rows. */
export interface RoutedTable {
  file: TableFile;
  encoding: TextEncoding;
  columns: ColumnMap;
  /** Data rows and blank rows below the header. */
  rows: number;
}

/** Why a table cannot be streamed; the caller reads the folder whole. */
export class NotStreamable extends Error {}

/** Where rows go: one spill file per part. */
export class Spill {
  readonly #fds: number[];
  readonly #buffers: string[][];
  readonly #sizes: number[];
  readonly paths: string[];

  /**
   * @param dir - The temporary folder.
   * @param table - The table's key, part of each file name.
   * @param parts - How many parts.
   */
  constructor(dir: string, table: string, parts: number) {
    this.paths = Array.from({ length: parts }, (_, part) =>
      join(dir, `${table}-${part}.jsonl`),
    );
    this.#fds = this.paths.map((path) => openSync(path, 'w'));
    this.#buffers = this.paths.map(() => []);
    this.#sizes = this.paths.map(() => 0);
  }

  /**
   * Adds a row to a part.
   *
   * @param part - The part.
   * @param line - The row's line.
   * @param cells - Its cells.
   */
  add(part: number, line: number, cells: readonly string[]): void {
    // The line number, then the cells as a JSON array: `12["a","b"]`.
    const text = line + JSON.stringify(cells);
    const buffer = this.#buffers[part] as string[];
    buffer.push(text);
    this.#sizes[part] = (this.#sizes[part] as number) + text.length;
    if ((this.#sizes[part] as number) > FLUSH_AT) this.#flush(part);
  }

  /** Writes what is buffered and closes the files. */
  close(): void {
    for (let part = 0; part < this.#fds.length; part += 1) {
      this.#flush(part);
      closeSync(this.#fds[part] as number);
    }
  }

  #flush(part: number): void {
    const buffer = this.#buffers[part] as string[];
    if (buffer.length === 0) return;
    writeSync(this.#fds[part] as number, `${buffer.join('\n')}\n`);
    this.#buffers[part] = [];
    this.#sizes[part] = 0;
  }
}

const FLUSH_AT = 1 << 17;
const HEADER_SEARCH = 1 << 20;

/**
 * Streams a CSV table file row by row: finds the header in its first
 * mebibyte as the whole-file reader would, then hands on each row below
 * it with its line number.
 *
 * @param file - The table file.
 * @param onRow - Receives each row below the header.
 * @param maxColumns - The most columns the header may have; a wider one
 * is left to the whole-file reader to report.
 * @returns The header and encoding.
 * @throws {NotStreamable} When the file is not plain CSV text with its
 * header near the top, or has a problem the whole-file reader reports
 * better: the caller then reads the folder whole.
 * @throws {UnusableTable} When a quote is never closed.
 */
export async function streamTable(
  file: TableFile,
  onRow: (row: SheetRow & { cells: string[] }, table: RoutedTable) => void,
  maxColumns = DEFAULT_READ_LIMITS.maxColumns,
): Promise<RoutedTable> {
  if (file.format !== 'csv' || file.unopenable)
    throw new NotStreamable(file.file);
  const opened = await openTextStream(file.path);
  if (!opened.ok) throw new NotStreamable(opened.reason);

  let header: { line: number; columns: ColumnMap } | undefined;
  let tokenizer: CsvTokenizer | undefined;
  let rows = 0;
  let prefix = '';
  const spec = file.role.spec;
  try {
    for await (const chunk of opened.chunks) {
      if (!tokenizer) {
        prefix += chunk;
        if (prefix.length < HEADER_SEARCH) continue;
        ({ header, tokenizer } = start(file, prefix, spec));
        prefix = '';
        continue;
      }
      tokenizer.push(chunk);
    }
    if (!tokenizer) ({ header, tokenizer } = start(file, prefix, spec));
    tokenizer.end();
  } catch (error) {
    if (error instanceof NotStreamable) throw error;
    if (error instanceof CsvSyntaxError)
      throw new UnusableTable({ file: file.file, message: csvProblem(error) });
    throw new NotStreamable(String(error));
  }

  return {
    file,
    encoding: opened.encoding,
    columns: (header as { columns: ColumnMap }).columns,
    rows,
  };

  function start(
    tableFile: TableFile,
    text: string,
    tableSpec: TableSpec,
  ): { header: { line: number; columns: ColumnMap }; tokenizer: CsvTokenizer } {
    const found = findHeader(tableFile, text, tableSpec, maxColumns);
    const table: RoutedTable = {
      file: tableFile,
      encoding: (opened as { encoding: TextEncoding }).encoding,
      columns: found.columns,
      rows: 0,
    };
    const tokens = new CsvTokenizer(found.delimiter, (cells, line) => {
      if (line <= found.line) return;
      rows += 1;
      onRow({ line, cells }, table);
    });
    tokens.push(text);

    return { header: found, tokenizer: tokens };
  }
}

function findHeader(
  file: TableFile,
  text: string,
  spec: TableSpec,
  maxColumns: number,
): { line: number; columns: ColumnMap; delimiter: ',' | '\t' } {
  // The prefix may end inside a row: parse only its complete lines.
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const head = cut < 0 ? text : text.slice(0, cut);
  const first = likelyDelimiter(head);
  const order = first === ',' ? ([',', '\t'] as const) : (['\t', ','] as const);
  for (const delimiter of order) {
    // The rows before any quote left open here: the stream says, at the
    // file's end, whether it is ever closed.
    const rows: SheetRow[] = [];
    const tokens = new CsvTokenizer(delimiter, (cells, line) => {
      rows.push({ line, cells });
    });
    tokens.push(`${head}\n`);
    const row = rows[findHeaderRow(rows, spec)];
    if (!row) continue;
    if (row.cells.length > maxColumns) break;

    const columns = mapColumns(row.cells, spec);
    if (columnProblems(file, columns, row.line).length > 0) break;
    return { line: row.line, columns, delimiter };
  }

  throw new NotStreamable(`${file.file}: no usable header near the top`);
}

/** What routing the households and members learnt about the whole input. */
export interface RouteTotals {
  /** Member data rows whose 户编号 cannot be read. */
  unplacedMembers: number;
  /** ID numbers found on more than one member row. */
  sharedIds: Map<string, IdOccurrences>;
}

/**
 * Decides the part of every household and member row: a household goes
 * with its county (so that a county's households are checked together),
 * a member with its household, and a row whose key was seen before with
 * the first such row (so duplicates meet). Counts what a part cannot see:
 * member rows of no readable household, and ID numbers held by several
 * member rows.
 */
export class Router {
  readonly #parts: number;
  /** The part of each household number seen. */
  readonly #homes = new KeyTable(1);
  /**
   * Each ID number seen once: [state, length, high, low] of its household
   * number (packed), state 1; state 2 for no readable household; state 3
   * with `low` the index of a household number that does not pack.
   */
  readonly #ids = new KeyTable(4);
  readonly #oddHomes: string[] = [];
  readonly #countyParts = new Map<string, number>();
  readonly #shared = new Map<string, IdOccurrences>();
  #unplaced = 0;

  /**
   * @param parts - How many parts.
   */
  constructor(parts: number) {
    this.#parts = parts;
  }

  /**
   * The part of a village, by its region code: the part of its county
   * (the first 6 digits), so that a county's villages and households are
   * checked together and a county is judged once, as a whole. Counties
   * take the parts in turn as they come up, which spreads them more
   * evenly than a hash would when they are about as many as the parts.
   *
   * @param regionCode - The village's code.
   * @returns The part.
   */
  villagePart(regionCode: string): number {
    const county = regionCode.length >= 6 ? regionCode.slice(0, 6) : regionCode;
    let part = this.#countyParts.get(county);
    if (part === undefined) {
      part = this.#countyParts.size % this.#parts;
      this.#countyParts.set(county, part);
    }

    return part;
  }

  /**
   * The part of a household row.
   *
   * @param table - The households table header.
   * @param row - The row.
   * @returns The part.
   */
  householdPart(table: RoutedTable, row: SheetRow): number {
    const spec = table.file.role.spec;
    const id = textOf(spec, table, row, 'householdId');
    const region = textOf(spec, table, row, 'regionCode');
    const part =
      region !== undefined
        ? this.villagePart(region)
        : hash(id ?? String(row.line)) % this.#parts;
    if (id === undefined) return part;

    // A household number seen before goes where its first row went.
    const { values, added } = this.#homes.add(id);
    if (added) values[0] = part;

    return values[0] as number;
  }

  /**
   * The part of a member row; also counts its ID number and, when its
   * 户编号 cannot be read, the row as unplaced.
   *
   * @param table - The members table header.
   * @param row - The row.
   * @returns The part.
   */
  memberPart(table: RoutedTable, row: SheetRow): number {
    const spec = table.file.role.spec;
    const id = textOf(spec, table, row, 'householdId');
    const key = textOf(spec, table, row, spec.keyField);
    if (key !== undefined) this.#countId(key, id);
    if (id === undefined) {
      if (isDataRow(table, row)) this.#unplaced += 1;
      return 0;
    }

    return this.#homes.get(id)?.[0] ?? hash(id) % this.#parts;
  }

  /**
   * What the parts cannot see for themselves. The routing maps are let go
   * of: they are the largest thing a province's check holds, and the
   * parts are checked without them.
   */
  totals(): RouteTotals {
    for (const entry of this.#shared.values()) entry.households.sort();
    this.#homes.clear();
    this.#ids.clear();
    this.#oddHomes.length = 0;

    return { unplacedMembers: this.#unplaced, sharedIds: this.#shared };
  }

  #countId(idNumber: string, householdId: string | undefined): void {
    const shared = this.#shared.get(idNumber);
    if (shared) {
      shared.count += 1;
      addHome(shared, householdId);
      return;
    }
    const { values, added } = this.#ids.add(idNumber);
    if (added) {
      this.#remember(values, householdId);
      return;
    }

    // The second row with this number: from now on it is counted in full.
    const entry: IdOccurrences = { count: 2, households: [] };
    addHome(entry, this.#recall(values));
    addHome(entry, householdId);
    this.#shared.set(flat(idNumber), entry);
  }

  #remember(values: Uint32Array, householdId: string | undefined): void {
    const packed = householdId === undefined ? undefined : packKey(householdId);
    if (householdId === undefined) {
      values[0] = 2;
    } else if (packed) {
      values.set([1, ...packed]);
    } else {
      values[0] = 3;
      values[3] = this.#oddHomes.push(flat(householdId)) - 1;
    }
  }

  #recall(values: Uint32Array): string | undefined {
    if (values[0] === 1)
      return unpackKey(
        values[1] as number,
        values[2] as number,
        values[3] as number,
      );
    if (values[0] === 3) return this.#oddHomes[values[3] as number];
    return undefined;
  }
}

function addHome(entry: IdOccurrences, householdId: string | undefined): void {
  if (householdId !== undefined && !entry.households.includes(householdId))
    entry.households.push(flat(householdId));
}

function isDataRow(table: RoutedTable, row: SheetRow): boolean {
  for (const index of table.columns.fields.values()) {
    const cell = row.cells[index];
    if (cell !== undefined && !isBlankSheetCell(cell)) return true;
  }
  return false;
}

/**
 * FNV-1a over a string's code units: the same part for the same key on
 * every run and machine.
 *
 * @param text - A key.
 * @returns A 32-bit unsigned hash.
 */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A copy of a string that does not share memory with the chunk it was
 * sliced from.
 *
 * @param text - A string.
 * @returns An equal, separately stored string.
 */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
