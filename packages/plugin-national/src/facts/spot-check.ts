import {
  compareDates,
  type FieldSpec,
  households,
  isBlankCell,
  members,
  readCell,
  type SpotCheckSubject,
  toHalfWidth,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { spotCheckAgreesSql } from './spot-check-agrees-sql.js';
import { spotCheckFieldSql } from './spot-check-sql.js';

/** A field of the registry a spot check may ask about. */
export interface SpotCheckField {
  /** `households` or `members`. */
  table: 'households' | 'members';
  /** The field's English key. */
  key: string;
  /** The field. */
  spec: FieldSpec;
}

const TABLES = [households, members] as const;

/**
 * Matches the way the readers match headers: full-width letters and
 * brackets become ASCII, spaces go, and letters are lower-cased.
 */
function normalize(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** The header without a unit in brackets at its end: 人均纯收入(元). */
function withoutUnit(name: string): string {
  return name.replace(/^(.+?)\(([^()]*)\)$/, '$1');
}

const FIELDS: ReadonlyMap<string, SpotCheckField> = (() => {
  const names = new Map<string, SpotCheckField>();
  // Households come first: a name both tables have (户编号) is the
  // household's.
  for (const table of TABLES) {
    for (const [key, spec] of Object.entries(table.fields)) {
      const field: SpotCheckField = {
        table: table.key as SpotCheckField['table'],
        key,
        spec,
      };
      const header = normalize(spec.header);
      for (const name of [key.toLowerCase(), header, withoutUnit(header)]) {
        if (!names.has(name)) names.set(name, field);
      }
    }
  }
  return names;
})();

/**
 * Every name 核查项 may give a field by, normalized (half-width, no
 * spaces, lower case), in look-up order.
 *
 * @returns The names.
 */
export function spotCheckNames(): string[] {
  return [...FIELDS.keys()];
}

/**
 * The registry field a spot check's 核查项 names: an English key or a
 * Chinese header of the households or members table, in any width or
 * case, with or without a unit in brackets.
 *
 * @param item - 核查项 as written.
 * @returns The field, or `undefined` when the item names none.
 * @example
 * spotCheckFieldOf('是否享受低保')?.key; // 'minimumLiving'
 * spotCheckFieldOf('人均纯收入（元）')?.key; // 'perCapitaNetIncome'
 */
export function spotCheckFieldOf(item: string): SpotCheckField | undefined {
  const name = normalize(item);

  return FIELDS.get(name) ?? FIELDS.get(withoutUnit(name));
}

/**
 * The recorded value of the field a spot check asks about: the member's
 * (by the check's 证件号码) for a members field, the household's for a
 * households field.
 *
 * @param subject - The spot check and its place in the registry.
 * @returns The value; `undefined` when the field, the member or the
 * household is unknown, or the record's cell is blank.
 */
export function spotCheckRecorded(subject: SpotCheckSubject): unknown {
  const field = spotCheckFieldOf(subject.check.item ?? '');
  if (!field) return undefined;

  const record = field.table === 'members' ? subject.member : subject.household;
  return (record as Record<string, unknown> | undefined)?.[field.key];
}

/**
 * Whether the answer a family gave agrees with the record. The answer is
 * read as a cell of the field (so 是, Y and 1 are all `true`); lists agree
 * when they hold the same items in any order; dates compare as calendar
 * dates (a month against a day of it is unknown).
 *
 * @param subject - The spot check and its place in the registry.
 * @returns `true` or `false`; `undefined` when the item names no field,
 * the answer is blank or not a value of the field, or the record's value
 * is unknown.
 */
export function spotCheckAgrees(
  subject: SpotCheckSubject,
): boolean | undefined {
  const field = spotCheckFieldOf(subject.check.item ?? '');
  const answer = subject.check.answer;
  if (!field || answer === undefined || answer === null) return undefined;
  if (isBlankCell(answer)) return undefined;

  const read = readCell(field.spec, answer);
  const recorded = spotCheckRecorded(subject);
  if (!read.ok || read.value === undefined || recorded === undefined)
    return undefined;

  return sameValue(field.spec, read.value, recorded);
}

function sameValue(
  spec: FieldSpec,
  answer: unknown,
  recorded: unknown,
): boolean | undefined {
  if (Array.isArray(answer) && Array.isArray(recorded)) {
    return (
      answer.length === recorded.length &&
      answer.every((item) => recorded.includes(item))
    );
  }
  if (spec.kind === 'date' && answer !== null && recorded !== null) {
    const order = compareDates(String(answer), String(recorded));
    return order === undefined ? undefined : order === 0;
  }

  return answer === recorded;
}

/**
 * Facts of a phone spot check (电话抽查). `spotCheckField` is `null` when
 * 核查项 names no field of the households or members table.
 */
export const spotCheckFacts = [
  defineFact({
    name: 'spotCheckField',
    subject: 'spotCheck',
    type: 'string',
    description:
      'The registry field 核查项 names, as households.<key> or members.<key>; null when it names none.',
    inputs: ['spotChecks.item'],
    compute: ({ check }) => {
      if (check.item === undefined || check.item === null) return undefined;
      const field = spotCheckFieldOf(check.item);
      return field ? `${field.table}.${field.key}` : null;
    },
    sql: (q) => spotCheckFieldSql(q, FIELDS),
  }),
  defineFact({
    name: 'spotCheckRecorded',
    subject: 'spotCheck',
    type: 'object',
    description:
      'The registry’s value of the field 核查项 names: the member’s (by 证件号码) or the household’s.',
    inputs: ['spotChecks.item', 'spotChecks.idNumber'],
    compute: (subject) => spotCheckRecorded(subject),
  }),
  defineFact({
    name: 'spotCheckAgrees',
    subject: 'spotCheck',
    type: 'boolean',
    description:
      'Whether 核查结果, read as a cell of the field 核查项 names, equals the registry’s value; unknown when the answer, the member or the recorded value is blank.',
    inputs: ['spotChecks.item', 'spotChecks.answer', 'spotChecks.idNumber'],
    compute: (subject) => spotCheckAgrees(subject),
    sql: (q) => spotCheckAgreesSql(q, [...new Set(FIELDS.values())]),
  }),
] as const;
