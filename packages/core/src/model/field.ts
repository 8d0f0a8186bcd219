import { z } from 'zod';

import { isCalendarDate } from '../values/calendar-date.js';
import {
  type CellResult,
  isBlankCell,
  parseBoolean,
  parseDate,
  parseList,
  parseNumber,
  parseText,
  parseYear,
  type RawCell,
  toHalfWidth,
} from '../values/cells.js';

/** How a field's cells are read. */
export type FieldKind =
  | 'key'
  | 'text'
  | 'code'
  | 'id-number'
  | 'enum'
  | 'list'
  | 'boolean'
  | 'number'
  | 'year'
  | 'date';

/**
 * What a blank cell means for a field.
 *
 * - `unknown`: nothing is known (the default; never false, never 0);
 * - `none`: the export leaves the cell blank when there is nothing to say,
 *   so blank is a known "none": `null` for a single value, `[]` for a list
 *   (blank 帮扶措施 means no measure is registered);
 * - `{ default }`: blank stands for that value (blank 证件类型 is a resident
 *   ID card).
 */
export type BlankMeaning = 'unknown' | 'none' | { default: string };

/**
 * One column of a table: its Chinese header, how its cells are read, and
 * the zod schema of its parsed value.
 */
export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  /** The Chinese header counties export, e.g. `人均纯收入`. */
  readonly header: string;
  /** How cells are read. */
  readonly kind: FieldKind;
  /** What a blank cell means. */
  readonly blank: BlankMeaning;
  /** The allowed values of an enum or list field. */
  readonly values?: readonly string[];
  /** Other spellings accepted for a value, mapped to the value. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Unit of a number, e.g. `元`. */
  readonly unit?: string;
  /** The smallest and largest possible number; beyond them a cell is an error. */
  readonly range?: { readonly min?: number; readonly max?: number };
  /** One line in English. */
  readonly description: string;
  /** The schema of the parsed value. */
  readonly schema: S;
}

interface Options {
  description: string;
  blank?: BlankMeaning;
  unit?: string;
  aliases?: Record<string, string>;
  range?: { min?: number; max?: number };
}

type Maybe<S extends z.ZodType> = z.ZodOptional<z.ZodNullable<S>>;

const date = z
  .string()
  .refine(isCalendarDate, { message: 'expected a YYYY-MM-DD or YYYY-MM date' });

/**
 * The schema of an optional ID number, number, year or date: it also takes `null`
 * when blank is a known none, as {@link blankValue} then gives `null`.
 */
type NoneOr<S extends z.ZodType, O extends Options> = O extends {
  blank: 'none';
}
  ? Maybe<S>
  : z.ZodOptional<S>;

function optional<S extends z.ZodType, O extends Options>(
  schema: S,
  options: O,
): NoneOr<S, O> {
  const value =
    options.blank === 'none' ? schema.nullable().optional() : schema.optional();

  return value as NoneOr<S, O>;
}

function spec<S extends z.ZodType>(
  header: string,
  kind: FieldKind,
  schema: S,
  options: Options,
  values?: readonly string[],
): FieldSpec<S> {
  return {
    header,
    kind,
    blank: options.blank ?? 'unknown',
    description: options.description,
    schema,
    ...(values ? { values } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    ...(options.range ? { range: options.range } : {}),
  };
}

/** Field builders, one per kind; each returns a {@link FieldSpec}. */
export const field = {
  /** The table's key: required text. */
  key: (header: string, options: Options) =>
    spec(header, 'key', z.string().min(1), options),

  /** Free text. */
  text: (header: string, options: Options) =>
    spec(header, 'text', z.string().nullable().optional(), options),

  /** A code made of digits kept as text, such as a region code. */
  code: (header: string, options: Options) =>
    spec(header, 'code', z.string().nullable().optional(), options),

  /** A resident ID number: text that must not have passed through a number. */
  idNumber: <O extends Options>(header: string, options: O) =>
    spec(
      header,
      'id-number',
      optional(z.string(), options),
      options,
    ) as FieldSpec<NoneOr<z.ZodString, O>>,

  /** One value of a fixed list. */
  oneOf: <const T extends readonly [string, ...string[]]>(
    header: string,
    values: T,
    options: Options,
  ): FieldSpec<Maybe<z.ZodEnum<{ [K in T[number]]: K }>>> =>
    spec(header, 'enum', z.enum(values).nullable().optional(), options, values),

  /** Several values of a fixed list. */
  listOf: <const T extends readonly [string, ...string[]]>(
    header: string,
    values: T,
    options: Options,
  ): FieldSpec<z.ZodOptional<z.ZodArray<z.ZodEnum<{ [K in T[number]]: K }>>>> =>
    spec(header, 'list', z.array(z.enum(values)).optional(), options, values),

  /** Yes or no. */
  flag: (header: string, options: Options) =>
    spec(header, 'boolean', z.boolean().optional(), options),

  /** A number, such as yuan per year. */
  number: <O extends Options>(header: string, options: O) =>
    spec(
      header,
      'number',
      optional(z.number().finite(), options),
      options,
    ) as FieldSpec<NoneOr<z.ZodNumber, O>>,

  /** A year such as 2020. */
  year: <O extends Options>(header: string, options: O) =>
    spec(
      header,
      'year',
      optional(z.number().int(), options),
      options,
    ) as FieldSpec<NoneOr<z.ZodNumber, O>>,

  /** A calendar date, to the day or the month. */
  date: <O extends Options>(header: string, options: O) =>
    spec(header, 'date', optional(date, options), options) as FieldSpec<
      NoneOr<typeof date, O>
    >,
};

/**
 * Reads one cell into the value of a field, applying the field's meaning of
 * blank. Values outside an enum or list are errors, not guesses.
 *
 * @param spec - The field.
 * @param raw - The cell as read (text, or a workbook's typed value).
 * @returns The value (`undefined` when unknown, `null` or `[]` when known
 * to be none) or the reason the cell is not a value.
 * @example
 * readCell(households.fields.measures, ''); // { ok: true, value: [] }
 * readCell(households.fields.netIncome, ''); // { ok: true, value: undefined }
 */
export function readCell(
  spec: FieldSpec,
  raw: RawCell | readonly string[],
): CellResult<unknown> {
  if (Array.isArray(raw)) {
    return spec.kind === 'list'
      ? checkList(spec, raw.map(String))
      : { ok: false, reason: 'expected one value, not a list' };
  }

  const cell = raw as RawCell;
  if (typeof cell === 'string' && MEMO_KINDS.has(spec.kind))
    return memoRead(spec, cell);

  return readOne(spec, cell);
}

/** Kinds whose columns hold few distinct texts: 是/否, a category, a date. */
const MEMO_KINDS: ReadonlySet<FieldKind> = new Set([
  'boolean',
  'enum',
  'date',
  'year',
]);
const MEMO_SIZE = 512;
const memos = new WeakMap<FieldSpec, Map<string, CellResult<unknown>>>();

/**
 * readCell for a text cell of a few-valued column, remembered: a province
 * repeats 是 and 否 tens of millions of times. The first texts of each
 * field are kept; their results hold only primitives and are frozen.
 */
function memoRead(spec: FieldSpec, cell: string): CellResult<unknown> {
  let memo = memos.get(spec);
  if (!memo) {
    memo = new Map();
    memos.set(spec, memo);
  }
  const known = memo.get(cell);
  if (known) return known;

  const result = readOne(spec, cell);
  if (memo.size < MEMO_SIZE) memo.set(cell, Object.freeze(result));
  return result;
}

function readOne(spec: FieldSpec, cell: RawCell): CellResult<unknown> {
  if (isBlankCell(cell) || (spec.blank === 'none' && isNoneWord(cell)))
    return blankResult(spec);

  switch (spec.kind) {
    case 'key':
    case 'code':
      return readCode(spec, cell);
    case 'text':
      return parseText(cell);
    case 'id-number':
      return readIdNumber(cell);
    case 'boolean':
      return parseBoolean(cell);
    case 'number':
      return checkRange(spec, parseNumber(cell));
    case 'year':
      return parseYear(cell);
    case 'date':
      return parseDate(cell);
    case 'enum':
      return checkEnum(spec, toHalfWidth(String(cell)));
    case 'list': {
      const list = parseList(cell);
      return list.ok ? checkList(spec, list.value ?? []) : list;
    }
  }
}

const blankResults = new WeakMap<FieldSpec, CellResult<unknown>>();

/** A field's result for a blank cell, made once: a fresh [] per cell for lists. */
function blankResult(spec: FieldSpec): CellResult<unknown> {
  if (spec.kind === 'list' && spec.blank === 'none')
    return { ok: true, value: [] };
  let result = blankResults.get(spec);
  if (!result) {
    result = Object.freeze({ ok: true, value: blankValue(spec) });
    blankResults.set(spec, result);
  }

  return result;
}

/**
 * The value a blank cell stands for in a field.
 *
 * @param spec - The field.
 * @returns `undefined` (unknown), `null`, `[]` or the default value.
 */
export function blankValue(spec: FieldSpec): unknown {
  if (spec.blank === 'unknown') return undefined;
  if (spec.blank === 'none') return spec.kind === 'list' ? [] : null;

  return spec.blank.default;
}

function checkEnum(spec: FieldSpec, text: string): CellResult<unknown> {
  const value = spec.aliases?.[text] ?? text;
  if (spec.values?.includes(value)) return { ok: true, value };

  return { ok: false, reason: `expected one of ${spec.values?.join(' · ')}` };
}

function checkList(spec: FieldSpec, items: string[]): CellResult<unknown> {
  const values: string[] = [];
  for (const item of items) {
    const value = spec.aliases?.[item] ?? item;
    if (!spec.values?.includes(value)) {
      return {
        ok: false,
        reason: `${item} is not one of ${spec.values?.join(' · ')}`,
      };
    }
    if (!values.includes(value)) values.push(value);
  }

  return { ok: true, value: values };
}

/**
 * Reads a key or code that is digits kept as text. A spreadsheet that held
 * it as a number wrote it in scientific notation, or rounded it past 15
 * digits: either way digits are lost, so the cell is refused.
 */
function readCode(spec: FieldSpec, raw: RawCell): CellResult<unknown> {
  const lost = `${spec.header} was stored as a number, so its digits are lost (Excel keeps 15); export the column as text`;
  if (typeof raw === 'number' && (!Number.isSafeInteger(raw) || raw >= 1e15)) {
    return { ok: false, reason: lost };
  }

  const text = parseText(raw);
  if (!text.ok || text.value === undefined) return text;
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(text.value))
    return { ok: false, reason: lost };

  return { ok: true, value: unwrapText(text.value) };
}

/**
 * Words clerks write for "nothing here" in fields where blank is a known
 * none: 无, 暂无, 没有, and dashes or slashes. They mean the same as blank.
 */
const NONE_WORDS = new Set([
  '无',
  '暂无',
  '没有',
  '/',
  '-',
  '—',
  '－',
  '——',
  '／',
]);

function isNoneWord(cell: RawCell): boolean {
  return typeof cell === 'string' && NONE_WORDS.has(cell.trim());
}

function checkRange(
  spec: FieldSpec,
  result: CellResult<number>,
): CellResult<unknown> {
  if (!result.ok || result.value === undefined || !spec.range) return result;
  const { min, max } = spec.range;
  const value = result.value;
  if (
    (min === undefined || value >= min) &&
    (max === undefined || value <= max)
  )
    return result;

  const bounds = [
    min === undefined ? '' : `at least ${min}`,
    max === undefined ? '' : `at most ${max}`,
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    ok: false,
    reason: `${value} is impossible here: expected ${bounds}${spec.unit ? ` ${spec.unit}` : ''}`,
  };
}

function readIdNumber(raw: RawCell): CellResult<unknown> {
  // An old 15-digit number survives a spreadsheet's number format; an
  // 18-digit one does not.
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw < 1e15) {
    return { ok: true, value: String(raw) };
  }
  if (typeof raw === 'number') {
    return {
      ok: false,
      reason:
        'the ID number was stored as a number, so its last digits are lost (Excel keeps 15); export the column as text',
    };
  }

  const text = unwrapText(
    toHalfWidth(String(raw)).replace(/\s/g, ''),
  ).toUpperCase();
  if (/^\d+(\.\d+)?E\+?\d+$/.test(text)) {
    return {
      ok: false,
      reason:
        'the ID number is in scientific notation, so its last digits are lost (Excel keeps 15); export the column as text',
    };
  }

  return { ok: true, value: text };
}

/**
 * Removes the wrappers spreadsheets use to keep digits as text: a leading
 * apostrophe ('6101…) or a formula of a string (="6101…").
 */
function unwrapText(text: string): string {
  const formula = /^="(.*)"$/.exec(text);
  if (formula) return formula[1] ?? '';

  return text.startsWith("'") ? text.slice(1) : text;
}
