import {
  type CellResult,
  isBlankCell,
  parseBoolean,
  parseDate,
  parseList,
  parseText,
  type RawCell,
  toHalfWidth,
} from '../values/cells.js';
import { parseNumber, parseYear } from '../values/number-cells.js';
import type { FieldKind, FieldSpec } from './field.js';

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
      : {
          ok: false,
          reason: 'expected one value, not a list',
          code: 'not-a-value',
        };
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
  if (typeof cell === 'string' && cell.charCodeAt(0) === HASH) {
    const error = spreadsheetError(cell);
    if (error) return error;
  }

  switch (spec.kind) {
    case 'key':
    case 'code':
      return readCode(spec, cell);
    case 'text':
      return parseText(cell);
    case 'id-number':
      return readIdNumber(spec, cell);
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

const HASH = 0x23;

/**
 * The error values a spreadsheet shows in a cell whose formula failed
 * (#N/A from a VLOOKUP that found nothing, #DIV/0!, #VALUE!, …). Excel
 * writes them into CSV as text, so in any field they are no value: a
 * 户编号 of #N/A in two files would otherwise join a member to a household
 * that does not exist.
 */
export const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

function spreadsheetError(cell: string): CellResult<never> | undefined {
  const text = cell.trim().toUpperCase();
  if (!SPREADSHEET_ERRORS.has(text)) return undefined;

  return {
    ok: false,
    reason: `the cell shows the error ${text}: the formula behind it failed before the export; correct it in the workbook and export again`,
    code: 'spreadsheet-error',
  };
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

  return {
    ok: false,
    reason: `expected one of ${spec.values?.join(' · ')}`,
    code: 'not-in-vocabulary',
  };
}

function checkList(spec: FieldSpec, items: string[]): CellResult<unknown> {
  const values: string[] = [];
  for (const item of items) {
    const value = spec.aliases?.[item] ?? item;
    if (!spec.values?.includes(value)) {
      return {
        ok: false,
        reason: `${item} is not one of ${spec.values?.join(' · ')}`,
        code: 'not-in-vocabulary',
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
    return { ok: false, reason: lost, code: 'digits-lost' };
  }

  const text = parseText(raw);
  if (!text.ok || text.value === undefined) return text;
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(text.value))
    return { ok: false, reason: lost, code: 'digits-lost' };

  // An apostrophe or ="" alone is Excel's text mark around nothing: blank.
  // Full-width digits and letters (６１０１…, Ｈ２) are the same key as
  // their half-width forms, as they are the same number elsewhere.
  const value = unwrapText(toHalfWidth(text.value));
  return value.trim() === '' ? blankResult(spec) : { ok: true, value };
}

/**
 * Words clerks write for "nothing here" in fields where blank is a known
 * none: 无, 暂无, 没有, and dashes or slashes. They mean the same as blank.
 */
export const NONE_WORDS: ReadonlySet<string> = new Set([
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
    code: 'out-of-range',
  };
}

function readIdNumber(spec: FieldSpec, raw: RawCell): CellResult<unknown> {
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
      code: 'digits-lost',
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
      code: 'digits-lost',
    };
  }

  return text === '' ? blankResult(spec) : { ok: true, value: text };
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
