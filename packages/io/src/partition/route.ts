import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import type { TableSpec } from '@duibiao/core';

import { CsvTokenizer } from '../csv-tokenizer.js';
import type { TableFile } from '../find-table-files.js';
import { type ColumnMap, findHeaderRow, mapColumns } from '../header.js';
import type { IdOccurrences } from '../id-index.js';
import { columnProblems } from '../load-table-file.js';
import { likelyDelimiter, parseCsv } from '../parse-csv.js';
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
    const text = JSON.stringify([line, ...cells]);
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
 * @returns The header and encoding.
 * @throws {NotStreamable} When the file is not plain CSV text with its
 * header near the top, or has a problem the whole-file reader reports
 * better: the caller then reads the folder whole.
 */
export async function streamTable(
  file: TableFile,
  onRow: (row: SheetRow & { cells: string[] }, table: RoutedTable) => void,
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
    const found = findHeader(tableFile, text, tableSpec);
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
): { line: number; columns: ColumnMap; delimiter: ',' | '\t' } {
  // The prefix may end inside a row: parse only its complete lines.
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const head = cut < 0 ? text : text.slice(0, cut);
  const first = likelyDelimiter(head);
  const order = first === ',' ? ([',', '\t'] as const) : (['\t', ','] as const);
  for (const delimiter of order) {
    const parsed = parseCsv(head, delimiter);
    if (!parsed.ok) continue;
    const index = findHeaderRow(parsed.rows, spec);
    const row = parsed.rows[index];
    if (!row) continue;

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
 * with its village (so that a village's households are checked together),
 * a member with its household, and a row whose key was seen before with
 * the first such row (so duplicates meet). Counts what a part cannot see:
 * member rows of no readable household, and ID numbers held by several
 * member rows.
 */
export class Router {
  readonly #parts: number;
  readonly #homes = new Map<string, number>();
  readonly #ids = new Map<string, string | null>();
  readonly #shared = new Map<string, IdOccurrences>();
  #unplaced = 0;

  /**
   * @param parts - How many parts.
   */
  constructor(parts: number) {
    this.#parts = parts;
  }

  /**
   * The part of a village, by its region code.
   *
   * @param regionCode - The village's code.
   * @returns The part.
   */
  villagePart(regionCode: string): number {
    return hash(regionCode) % this.#parts;
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
    const key = id === undefined ? undefined : compact(id);
    const seen = key === undefined ? undefined : this.#homes.get(key);
    if (seen !== undefined) return seen;

    const part =
      region !== undefined
        ? this.villagePart(region)
        : hash(id ?? String(row.line)) % this.#parts;
    if (key !== undefined) this.#homes.set(key, part);

    return part;
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

    return this.#homes.get(compact(id)) ?? hash(id) % this.#parts;
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

    return { unplacedMembers: this.#unplaced, sharedIds: this.#shared };
  }

  #countId(idNumber: string, householdId: string | undefined): void {
    const key = compact(idNumber);
    const shared = this.#shared.get(idNumber);
    if (shared) {
      shared.count += 1;
      addHome(shared, householdId);
      return;
    }
    if (!this.#ids.has(key)) {
      this.#ids.set(
        key,
        householdId === undefined ? null : compact(householdId),
      );
      return;
    }

    // The second row with this number: from now on it is counted in full.
    const packed = this.#ids.get(key);
    const first = packed == null ? undefined : expand(packed);
    const entry: IdOccurrences = { count: 2, households: [] };
    addHome(entry, first);
    addHome(entry, householdId);
    this.#shared.set(flat(idNumber), entry);
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

const PACKABLE = /^[0-9X]*$/;

/**
 * A short, flat string standing for a key in the routing maps. Cells are
 * slices of the text chunk they were read from, and a slice kept in a map
 * keeps its whole chunk alive; a key of digits (and X) is packed two
 * characters to one, which also halves it.
 *
 * @param text - A household number or ID number.
 * @returns A new string that stands for it one to one.
 */
function compact(text: string): string {
  if (!PACKABLE.test(text)) return `\u0000${flat(text)}`;

  const codes: number[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const a = digit(text.charCodeAt(i));
    const b = i + 1 < text.length ? digit(text.charCodeAt(i + 1)) : 11;
    codes.push(1 + a * 12 + b);
  }
  return String.fromCharCode(...codes);
}

/**
 * The key a {@link compact} string stands for.
 *
 * @param packed - A compact string.
 * @returns The key.
 */
function expand(packed: string): string {
  if (packed.startsWith('\u0000')) return packed.slice(1);

  let text = '';
  for (let i = 0; i < packed.length; i += 1) {
    const code = packed.charCodeAt(i) - 1;
    text += symbol(Math.floor(code / 12));
    const b = code % 12;
    if (b !== 11) text += symbol(b);
  }
  return text;
}

function symbol(value: number): string {
  return value === 10 ? 'X' : String(value);
}

function digit(code: number): number {
  return code === 88 ? 10 : code - 48;
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
