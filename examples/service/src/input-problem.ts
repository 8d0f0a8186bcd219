import type { CellErrorCode } from '@duibiao/core';

/** A table of a check request: `households`, `members` or `villages`. */
export type RequestTable = 'households' | 'members' | 'villages';

/**
 * One thing wrong with a check request, at its place in the JSON body.
 *
 * @example
 * ({
 *   path: 'households[0].perCapitaNetIncome',
 *   table: 'households',
 *   index: 0,
 *   field: 'perCapitaNetIncome',
 *   header: '人均纯收入',
 *   value: '3,5OO',
 *   code: 'not-a-number',
 *   reason: 'expected a number',
 * });
 */
export interface InputProblem {
  /**
   * Where the problem is: `asOf`, `households[2]`,
   * `members[0].证件号码` (a key as the request wrote it), or `$` for
   * the body as a whole.
   */
  path: string;
  /** The table of the record, for a problem in one. */
  table?: RequestTable;
  /** The record's position in its array, from 0. */
  index?: number;
  /** The field's English key, for a problem in one field. */
  field?: string;
  /** The field's Chinese header. */
  header?: string;
  /**
   * The value as sent: a string, number, boolean or `null` as it was
   * (a string cut to {@link MAX_VALUE_LENGTH} characters), a list or
   * object as its JSON text, cut the same way.
   */
  value?: string | number | boolean | null;
  /**
   * What is wrong, as the stable code the file readers give a rejected
   * row in rejected.jsonl: a {@link CellErrorCode} for a value that is
   * not one of its field (`not-a-number`, `blank-required`, …), or
   * `not-a-row`, `duplicate-key`, `no-household`. Absent for what the
   * file readers have no code for: an unknown key, a field given twice,
   * the body's own shape.
   */
  code?: InputProblemCode;
  /** What is wrong, in English. */
  reason: string;
}

/** The codes an {@link InputProblem} carries, as the file readers give. */
export type InputProblemCode =
  | CellErrorCode
  | 'not-a-row'
  | 'duplicate-key'
  | 'no-household';

/**
 * The problems of a request, in the order they are found: the first
 * `max` kept, the others only counted, so that a body of a million bad
 * rows costs no more memory than one of a thousand.
 */
export class ProblemList {
  /** The problems kept, at most `max`. */
  readonly listed: InputProblem[] = [];
  /** How many problems there were in all. */
  count = 0;
  readonly #max: number;

  /**
   * @param max - The most problems kept.
   */
  constructor(max: number) {
    this.#max = max;
  }

  /**
   * Counts a problem, and keeps it while fewer than `max` are kept.
   *
   * @param problem - The problem.
   */
  add(problem: InputProblem): void {
    this.count += 1;
    if (this.listed.length < this.#max) this.listed.push(problem);
  }
}

/** The most characters a problem's `value` has. */
export const MAX_VALUE_LENGTH = 200;

/** How deep a list or object is shown; deeper ones are only described. */
const MAX_SHOWN_DEPTH = 20;

/**
 * A value of the request as a problem shows it: short enough that a
 * request of a million bad cells does not make an answer many times
 * its size.
 *
 * @param value - A value from the parsed body.
 * @returns The value, or its JSON text, cut to {@link MAX_VALUE_LENGTH}.
 */
export function shownValue(value: unknown): InputProblem['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return shortText(value);

  // JSON.stringify recurses, so a list nested a million deep (which
  // JSON.parse reads) would overflow the stack.
  if (nestsDeeper(value, MAX_SHOWN_DEPTH)) {
    return `(a list or object nested more than ${MAX_SHOWN_DEPTH} deep)`;
  }

  return shortText(JSON.stringify(value));
}

/**
 * Text cut to {@link MAX_VALUE_LENGTH} characters, the cut marked with
 * the full length: `xxx…(1000000 characters)`.
 *
 * @param text - The text.
 * @returns The text, or its start and its length.
 */
export function shortText(text: string): string {
  if (text.length <= MAX_VALUE_LENGTH) return text;

  const ending = `…(${text.length} characters)`;
  const start = Array.from(text.slice(0, MAX_VALUE_LENGTH));

  return start.slice(0, MAX_VALUE_LENGTH - ending.length).join('') + ending;
}

function nestsDeeper(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }

  return false;
}
