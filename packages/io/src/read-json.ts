import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { type SheetCell, type SheetRow, UnreadableCell } from './sheet-row.js';

/** The keys and rows of a JSON table, or why it cannot be read. */
export type ReadJson =
  | { ok: true; header: string[]; rows: SheetRow[] }
  | { ok: false; reason: string };

/**
 * How deep lists and objects may nest. A table is an array of objects
 * whose values are values or lists of them, three levels; a little more
 * is read, each odd value rejecting its row. Far more cannot be a table,
 * and would overflow the stack when an odd value is shown as text.
 */
const MAX_DEPTH = 100;

/**
 * Reads a JSON array of objects keyed by field names. The header is every
 * key seen, in order of first appearance; row `line` is the element's
 * 1-based position in the array. A key an object leaves out is marked
 * absent in its row, not blank: the object says nothing about it.
 *
 * The keys are its columns: an array whose objects have more different
 * keys than `maxColumns` is refused before any row is made, since each
 * row holds a cell for every key.
 *
 * @param text - The decoded text.
 * @param maxColumns - The most different keys the objects may have.
 * @returns Keys and rows, or the reason the text is not such an array.
 */
export function readJson(
  text: string,
  maxColumns = DEFAULT_READ_LIMITS.maxColumns,
): ReadJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: notJson(text, error) };
  }
  if (nestsDeeper(data, MAX_DEPTH)) {
    return {
      ok: false,
      reason: `nests lists or objects more than ${MAX_DEPTH} levels deep, so it is not a table: give an array of objects keyed by field names`,
    };
  }
  if (!Array.isArray(data)) {
    return {
      ok: false,
      reason: `holds ${kindOf(data)}, not an array of objects keyed by field names`,
    };
  }

  const header = keysOf(data, maxColumns);
  if (!header) {
    return {
      ok: false,
      reason: `has objects with more than ${maxColumns} different keys in all, and a table has at most ${maxColumns} columns: every object should have the same keys, the table's field names`,
    };
  }
  const columnOf = new Map(header.map((key, index) => [key, index]));
  const written = new WrittenNumbers(text);
  const rows = data.map((item: unknown, index): SheetRow => {
    const line = index + 1;
    if (!isRecord(item)) {
      return {
        line,
        cells: [],
        fault: {
          value: JSON.stringify(item) ?? String(item),
          reason: `element ${line} is ${kindOf(item)}, not an object`,
          code: 'not-a-row',
        },
      };
    }

    return jsonRow(line, columnOf, item, written);
  });

  return { ok: true, header, rows };
}

function jsonRow(
  line: number,
  columnOf: ReadonlyMap<string, number>,
  item: Record<string, unknown>,
  written: WrittenNumbers,
): SheetRow {
  // A cell for each key the object has, and none for the others: a row
  // costs what its object holds, where a cell for every key of every
  // object would make objects with keys of their own cost rows × keys.
  // Own keys only, so that none finds Object.prototype's (constructor).
  const cells: SheetCell[] = [];
  const keys = Object.keys(item);
  for (const key of keys) {
    const value = item[key];
    cells[columnOf.get(key) as number] =
      typeof value === 'number' && isLossy(value)
        ? lostDigits(written.of(value))
        : jsonCell(value);
  }
  if (keys.length === columnOf.size) return { line, cells };

  const absent = { has: (index: number) => !Object.hasOwn(cells, index) };
  return { line, cells, absent, sparse: true };
}

/**
 * Every key of the objects, in order of first appearance; `undefined`
 * when there are more than `most`.
 */
function keysOf(data: unknown[], most: number): string[] | undefined {
  const keys = new Set<string>();
  for (const item of data) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) keys.add(key);
    if (keys.size > most) return undefined;
  }

  return [...keys];
}

function nestsDeeper(data: unknown, limit: number): boolean {
  // Walked with a list, not by recursion, so depth costs no stack.
  const pending: [unknown, number][] = [[data, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }

  return false;
}

function jsonCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (['string', 'number', 'boolean'].includes(typeof value)) {
    return value as string | number | boolean;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
    return value.map(String);
  }

  const reason = Array.isArray(value)
    ? 'expected a list of values, not nested lists or objects'
    : 'expected a value, not an object';

  return new UnreadableCell(JSON.stringify(value), reason, 'not-a-value');
}

/**
 * Why a text is not JSON, placed by line and column (the parser counts
 * characters from the start), and saying so when it is JSON Lines, one
 * object per line, which is not one array.
 */
function notJson(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(detail)?.[1];
  const complaint = detail.replace(/ (in JSON )?at position \d+.*$/, '');
  const place =
    position === undefined ? '' : ` at ${lineAndColumn(text, +position)}`;
  if (isJsonLines(text)) {
    return `holds one JSON object per line (JSON Lines), and is not valid JSON${place}: the file must be one JSON array, [ first object, second object, … ], with a comma after each object but the last`;
  }

  return `is not valid JSON${place} (${complaint})`;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let start = 0;
  for (
    let next = text.indexOf('\n');
    next >= 0 && next < position;
    next = text.indexOf('\n', next + 1)
  ) {
    line++;
    start = next + 1;
  }
  const column = position - start + 1;

  return `line ${line}, column ${column}`;
}

/** Whether the first two lines that are not blank each hold an object. */
function isJsonLines(text: string): boolean {
  // The head alone: the file may be large, and two lines tell.
  const lines = text
    .slice(0, 1 << 20)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 2);

  return (
    lines.length === 2 &&
    lines.every((line) => line.startsWith('{') && line.endsWith('}'))
  );
}

/**
 * Whether JSON.parse could not keep a number as written: past 15 digits
 * (99999999999999999999 becomes 1e20; a 16-digit 户编号 is past what a
 * spreadsheet keeps) or beyond a double (1e400 becomes Infinity).
 */
function isLossy(value: number): boolean {
  return !Number.isFinite(value) || Math.abs(value) >= 1e15;
}

function lostDigits(text: string): UnreadableCell {
  return new UnreadableCell(
    text,
    `the JSON number ${text} is past the 15 digits a number keeps, so its digits are lost: write an ID number or a 户编号 as a string in quotes ("${text}"), and check an amount`,
    'digits-lost',
  );
}

/**
 * The number tokens of a JSON text that JSON.parse cannot keep as
 * written, in the order they appear, so that a rejection quotes 1e400 and
 * not Infinity. The text is scanned only when such a number is met.
 */
class WrittenNumbers {
  readonly #text: string;
  #tokens: string[] | undefined;
  #next = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** The text of the next lossy token that parses to `value`. */
  of(value: number): string {
    this.#tokens ??= lossyTokens(this.#text);
    for (let index = this.#next; index < this.#tokens.length; index++) {
      const token = this.#tokens[index] as string;
      if (!Object.is(Number(token), value)) continue;

      this.#next = index + 1;
      return token;
    }

    return String(value);
  }
}

function lossyTokens(text: string): string[] {
  // Strings are matched too, so that digits inside them are skipped.
  const tokens = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
  const lossy: string[] = [];
  for (const [token] of text.matchAll(tokens)) {
    if (token.startsWith('"')) continue;
    if (isLossy(Number(token))) lossy.push(token);
  }

  return lossy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';

  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
