import {
  FALSE_WORDS,
  type FactSql,
  type FactSqlContext,
  type FieldSpec,
  TRUE_WORDS,
} from '@duibiao/core';

import {
  halfWidthSql,
  noneWordSql,
  plainTextSql,
  spreadsheetErrorSql,
  unwrappedSql,
  upperSql,
  ZERO_WIDTH_CLASS,
} from './cell-text-sql.js';
import { aliasesOf, listAgreesSql, listTextSql } from './cell-list-sql.js';
import {
  calendarDateSql,
  dateSteps,
  numberSteps,
  type Step,
} from './cell-value-sql.js';

/**
 * The SQL of spotCheckAgrees: 核查结果 read as `readCell` reads a cell of
 * the field 核查项 names, then compared with the household's or member's
 * value as `sameValue` compares. The answer is read once per row for every
 * kind of field, step by step in nested subqueries (each step names the
 * last one's columns), and the field picks the reading it needs.
 */

/** A field a spot check may ask about, as spot-check.ts has it. */
export interface AskedField {
  /** `households` or `members`. */
  readonly table: 'households' | 'members';
  /** The field's English key. */
  readonly key: string;
  /** The field. */
  readonly spec: FieldSpec;
}

/** How the recorded value of a field kind is held: one column per type. */
const RECORDED = {
  text: 'sc_rt',
  number: 'sc_rn',
  boolean: 'sc_rb',
  list: 'sc_rl',
} as const;

const TYPE_OF: Record<FieldSpec['kind'], keyof typeof RECORDED> = {
  key: 'text',
  text: 'text',
  code: 'text',
  'id-number': 'text',
  enum: 'text',
  date: 'text',
  number: 'number',
  year: 'number',
  boolean: 'boolean',
  list: 'list',
};

const UPPER_ASCII = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The name `spotCheckField` gives a field. */
const nameOf = (field: AskedField) => `${field.table}.${field.key}`;

/**
 * spotCheckAgrees in SQL.
 *
 * @param q - The fact's SQL context.
 * @param fields - Every field a spot check may ask about.
 * @returns The fact's SQL: TRUE, FALSE, or NULL when unknown.
 * @throws {Error} When a field is of a kind it cannot read.
 */
export function spotCheckAgreesSql(
  q: FactSqlContext,
  fields: readonly AskedField[],
): FactSql {
  const answer = q.column('spotChecks', 'answer').value;
  const field = q.fact('spotCheckField').value;
  const inputs: Step[] = [
    ['sc_a', answer],
    ['sc_f', field],
    ...recordedSteps(q, field, fields),
  ];
  // The recorded date, when it is a real one (compareDates has no other).
  const recordedDate: Step = [
    'sc_rdv',
    `(CASE WHEN ${calendarDateSql(q, 'sc_rt')} THEN sc_rt END)`,
  ];
  // Each reading starts at the stage after the columns it reads.
  const stages = staged([
    [0, [inputs]],
    [1, [[...readingSteps(q), recordedDate]]],
    [2, textSteps(q, fields)],
    [2, dateSteps(q, 'sc_w', ['sc_d1', 'sc_d2', 'sc_d3', 'sc_d4', 'sc_dv'])],
    [3, numberSteps(q, 'sc_nt', ['sc_n1', 'sc_n2', 'sc_nv'])],
  ]);

  return { value: nested(stages, agreementSql(q, fields)) };
}

/** Readings, each from its stage on, as one list of stages. */
function staged(readings: readonly [number, readonly Step[][]][]): Step[][] {
  const stages: Step[][] = [];
  for (const [from, steps] of readings)
    steps.forEach((step, i) => (stages[from + i] ??= []).push(...step));

  return Array.from(stages, (stage) => stage ?? []);
}

/**
 * The answer read as text, a yes or no, a value of a list, a list, a code,
 * an ID number and the text a year's number is read from.
 */
function textSteps(q: FactSqlContext, fields: readonly AskedField[]): Step[][] {
  const years = fields.filter((f) => f.spec.kind === 'year');
  const ids = fields.filter((f) => f.spec.kind === 'id-number');
  const lower = `translate(sc_w, ${q.text(UPPER_ASCII)}, ${q.text(UPPER_ASCII.toLowerCase())})`;
  // parseYear drops 年 at the end of the cell, then reads a number.
  const yearText = `(CASE WHEN sc_f IN (${inList(q, years)}) AND sc_yr THEN ${q.fn.trim('substr(sc_w, 1, length(sc_w) - 1)')} ELSE sc_w END)`;

  return [
    [
      ['sc_err', spreadsheetErrorSql(q, 'sc_a', 'sc_tr')],
      ['sc_none', noneWordSql(q, 'sc_tr')],
      ['sc_bw', lower],
      ['sc_ev', enumSql(q, fields)],
      ['sc_ls', listTextSql(q)],
      ['sc_cu', unwrappedSql(q, 'sc_w')],
      ['sc_iw', q.fn.replaceMatches('sc_w', '\\s+', '')],
      ['sc_sci', q.fn.matches('sc_tv', '\\d+(?:\\.\\d+)?[eE]\\+?\\d+')],
      ['sc_nt', yearText],
    ],
    [['sc_iu', unwrappedSql(q, 'sc_iw')]],
    // Only ID numbers are read in upper case, which costs a long mapping.
    [
      [
        'sc_idv',
        `(CASE WHEN sc_f IN (${inList(q, ids)}) THEN ${upperSql(q, 'sc_iu')} END)`,
      ],
    ],
  ];
}

/**
 * Whether the answer agrees with the record, by the field asked about:
 * fields whose SQL is the same are asked in one arm.
 */
function agreementSql(
  q: FactSqlContext,
  fields: readonly AskedField[],
): string {
  const arms = new Map<string, string[]>();
  for (const f of fields) {
    const sql = agreesSql(q, f);
    arms.set(sql, [...(arms.get(sql) ?? []), nameOf(f)]);
  }
  const whens = [...arms].map(
    ([sql, names]) =>
      ` WHEN sc_f IN (${names.map((n) => q.text(n)).join(', ')}) THEN ${sql}`,
  );

  return `(CASE WHEN sc_blank THEN NULL${whens.join('')} END)`;
}

/** The stages as nested subqueries, the first innermost, and the result. */
function nested(stages: readonly Step[][], result: string): string {
  const [first = [], ...rest] = stages;
  let from = `(SELECT ${columns(first)}) AS sc0`;
  rest.forEach((stage, i) => {
    const alias = `sc${i + 1}`;
    const select = stage.length === 0 ? '' : `, ${columns(stage)}`;
    from = `(SELECT sc${i}.*${select} FROM ${from}) AS ${alias}`;
  });

  return `(SELECT ${result} FROM ${from})`;
}

const columns = (steps: readonly Step[]) =>
  steps.map(([name, sql]) => `${sql} AS ${name}`).join(', ');

const inList = (q: FactSqlContext, fields: readonly AskedField[]) =>
  fields.length === 0
    ? q.text('')
    : fields.map((f) => q.text(nameOf(f))).join(', ');

/**
 * The recorded value, in the column of its type, and whether it is known
 * to be none: the household's or the member's field that the answer asks
 * about.
 */
function recordedSteps(
  q: FactSqlContext,
  field: string,
  fields: readonly AskedField[],
): Step[] {
  const pick = (
    which: readonly AskedField[],
    sql: (f: AskedField) => string | undefined,
    otherwise: string,
  ) => {
    const arms = which
      .map((f) => [f, sql(f)] as const)
      .filter(([, s]) => s !== undefined)
      .map(([f, s]) => ` WHEN ${q.text(nameOf(f))} THEN ${s}`);
    return arms.length === 0
      ? otherwise
      : `(CASE ${field}${arms.join('')} ELSE ${otherwise} END)`;
  };
  const typed = Object.entries(RECORDED).map(
    ([type, name]): Step => [
      name,
      pick(
        fields.filter((f) => TYPE_OF[f.spec.kind] === type),
        (f) => q.column(f.table, f.key).value,
        'NULL',
      ),
    ],
  );
  const none = pick(fields, (f) => q.column(f.table, f.key).none, 'FALSE');

  return [...typed, ['sc_rnone', none]];
}

/** The answer's texts every reading starts from. */
function readingSteps(q: FactSqlContext): Step[] {
  const blank = q.fn.matches('sc_a', `[\\s${ZERO_WIDTH_CLASS}]*`);

  return [
    ['sc_blank', `(CASE WHEN sc_a IS NULL THEN TRUE ELSE ${blank} END)`],
    ['sc_tr', q.fn.trim('sc_a')],
    ['sc_w', halfWidthSql(q, 'sc_a')],
    ['sc_tv', plainTextSql(q, 'sc_a')],
    ['sc_yr', `(${q.fn.replaceMatches('sc_a', '年\\s*$', '')} <> sc_a)`],
  ];
}

/**
 * The value an enum field's answer reads as, by field: its half-width
 * text, or the value it is another spelling of; NULL when it is neither.
 */
function enumSql(q: FactSqlContext, fields: readonly AskedField[]): string {
  const arms: string[] = [];
  for (const f of fields) {
    if (f.spec.kind !== 'enum') continue;
    const spellings = [
      ...aliasesOf(f.spec),
      ...(f.spec.values ?? []).map((v) => [v, v]),
    ];
    for (const [text, value] of spellings)
      arms.push(
        ` WHEN ${q.text(`${nameOf(f)}|${text}`)} THEN ${q.text(value as string)}`,
      );
  }

  return `(CASE sc_f || ${q.text('|')} || sc_w${arms.join('')} END)`;
}

/** The SQL of a field's agreement, over the steps' columns. */
function agreesSql(q: FactSqlContext, f: AskedField): string {
  const spec = f.spec;
  const none = spec.blank === 'none';
  // sameValue compares such a none (null) with the answer as no SQL here
  // does; no field of the registry is one, and a new one refuses.
  if (none && ['boolean', 'number', 'year', 'date'].includes(spec.kind))
    throw new Error(
      `expected no ${spec.kind} field whose blank is none, received ${nameOf(f)}: its answer has no SQL reading yet`,
    );
  switch (spec.kind) {
    case 'boolean': {
      const word = [
        ...[...TRUE_WORDS].map((w) => ` WHEN ${q.text(w)} THEN TRUE`),
        ...[...FALSE_WORDS].map((w) => ` WHEN ${q.text(w)} THEN FALSE`),
      ];
      return `((CASE sc_bw${word.join('')} END) = sc_rb)`;
    }
    case 'number':
      return `(CASE WHEN ${rangeSql(q, spec.range)} THEN sc_nv = sc_rn END)`;
    case 'year':
      return `(CASE WHEN sc_nv = floor(sc_nv) AND sc_nv >= 1900 AND sc_nv <= 2100 THEN sc_nv = sc_rn END)`;
    case 'date':
      return (
        `(CASE WHEN substr(sc_dv, 1, 7) <> substr(sc_rdv, 1, 7) THEN FALSE` +
        ` WHEN length(sc_dv) = length(sc_rdv) THEN sc_dv = sc_rdv END)`
      );
    case 'enum':
      return orNone(q, none, 'sc_none', 'sc_ev');
    case 'text':
      return orNone(
        q,
        none,
        'sc_none',
        '(CASE WHEN sc_err THEN NULL ELSE sc_tv END)',
      );
    case 'key':
    case 'code': {
      const blankCode = `${q.fn.trim('sc_cu')} = ${q.text('')}`;
      const value = `(CASE WHEN sc_err OR sc_sci OR ${blankCode} THEN NULL ELSE sc_cu END)`;
      // A code that is blank once unwrapped is the blank cell's value.
      const isNone = `(sc_none OR (NOT sc_err AND NOT sc_sci AND ${blankCode}))`;
      return orNone(q, none, isNone, value);
    }
    case 'id-number': {
      const lost = q.fn.matches('sc_idv', '\\d+(?:\\.\\d+)?E\\+?\\d+');
      const value = `(CASE WHEN sc_err OR sc_idv = ${q.text('')} OR ${lost} THEN NULL ELSE sc_idv END)`;
      return orNone(q, none, 'sc_none', value);
    }
    case 'list':
      return listAgreesSql(q, spec);
  }
}

/** A number's range as `checkRange` has it; TRUE for none, NULL for NULL. */
function rangeSql(q: FactSqlContext, range: FieldSpec['range']): string {
  const bounds = [
    range?.min === undefined ? [] : [`sc_nv >= ${q.number(range.min)}`],
    range?.max === undefined ? [] : [`sc_nv <= ${q.number(range.max)}`],
  ].flat();

  return bounds.length === 0 ? 'sc_nv IS NOT NULL' : bounds.join(' AND ');
}

/**
 * A text answer against the record, where blank may be a known none: an
 * answer that reads as none agrees with a record of none and not with a
 * value; a value does not agree with none.
 */
function orNone(
  q: FactSqlContext,
  canBeNone: boolean,
  isNone: string,
  value: string,
): string {
  if (!canBeNone) return `(${value} = sc_rt)`;

  return (
    `(CASE WHEN ${isNone} THEN (CASE WHEN sc_rnone THEN TRUE WHEN sc_rt IS NOT NULL THEN FALSE END)` +
    ` WHEN sc_rnone THEN (CASE WHEN ${value} IS NOT NULL THEN FALSE END)` +
    ` ELSE ${value} = sc_rt END)`
  );
}
