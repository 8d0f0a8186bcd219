import type { FactSql, FactSqlContext } from '@duibiao/core';

/**
 * The GB 11643 weights of the first 17 digits, and the check character
 * each remainder modulo 11 gives, as core's `idCheckCharacter` has them.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const DIGITS = '0123456789';

/** A row's column as a fact's SQL reads it: NULL when blank. */
export type ReadColumn = (field: string) => FactSql;

/**
 * Whether text, from character `from` (1-based) for `count` characters,
 * is ASCII digits only, or one of `more`; the text must be that long.
 * `translate` deletes the allowed characters and nothing may be left. A
 * range (`BETWEEN '0' AND '9'`) would follow the collation, which in
 * PostgreSQL may admit other characters.
 *
 * @param q - The fact's SQL context.
 * @param text - Text at least `from + count - 1` characters long.
 * @param from - The first character, from 1.
 * @param count - How many.
 * @param more - Characters allowed besides the digits.
 * @returns A boolean SQL expression.
 */
export function digitsAt(
  q: FactSqlContext,
  text: string,
  from: number,
  count: number,
  more = '',
): string {
  const part = `substr(${text}, ${from}, ${count})`;

  return `(translate(${part}, ${q.text(DIGITS + more)}, ${q.text('')}) = ${q.text('')})`;
}

/** A digit character as an integer, for arithmetic. */
export function digitAt(text: string, from: number, count = 1): string {
  return `CAST(substr(${text}, ${from}, ${count}) AS INTEGER)`;
}

/**
 * The days of a month, 28 to 31, as core's `daysInMonth` counts them.
 *
 * @param year - An integer SQL expression.
 * @param month - An integer SQL expression, 1 to 12.
 * @returns An integer SQL expression.
 */
export function daysInMonthSql(year: string, month: string): string {
  const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;

  return (
    `(CASE WHEN ${month} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END)` +
    ` WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`
  );
}

/**
 * What an ID number says, in SQL, as core's `readIdNumber` reads it. Each
 * piece but `id`, `otherDocument` and `wellFormed` reads digits as numbers,
 * which fails on other characters: use it only inside
 * {@link IdNumberSql.whenWellFormed}.
 */
export interface IdNumberSql {
  /** The ID number, NULL when blank. */
  readonly id: string;
  /** TRUE when 证件类型 names a document other than a resident ID card. */
  readonly otherDocument: string;
  /** TRUE when the number is 17 digits and a digit or X; NULL when blank. */
  readonly wellFormed: string;
  /** `then` for a well-formed number, else `otherwise` (default NULL). */
  whenWellFormed(then: string, otherwise?: string): string;
  /** The check character the number should end with. */
  readonly expectedCheck: string;
  /** The check character it ends with. */
  readonly check: string;
  /** TRUE when the check character is right. */
  readonly checksumValid: string;
  /** The eight birth digits, as written. */
  readonly birthDigits: string;
  /** The birth digits as `YYYY-MM-DD` text, real date or not. */
  readonly birthText: string;
  /** TRUE when the birth digits are a real date (core's `isValidParts`). */
  readonly birthReal: string;
  /** The birth date's year, month and day as integers. */
  readonly birthParts: { year: string; month: string; day: string };
  /** The sex: 男 for an odd 17th digit, else 女. */
  readonly sex: string;
}

/**
 * How a piece of SQL is computed: once per subject as a column
 * (`FactSqlContext.shared`, for the subject's own row), or written out
 * where it is read (for related rows).
 */
export type Share = (name: string, sql: string) => string;

const inline: Share = (_, sql) => sql;

/**
 * What a row's ID number says, in SQL. With `share`, each piece is
 * computed once per subject, NULL for a number that is not well formed,
 * and read by every fact that asks: an ID number's facts are half the
 * cost of a member's facts otherwise.
 *
 * @param q - The fact's SQL context.
 * @param read - The row's columns: `idNumber` and `idType`.
 * @param share - How to share a piece; by default each is written out.
 * @returns The pieces; see {@link IdNumberSql}.
 */
export function idNumberSql(
  q: FactSqlContext,
  read: ReadColumn,
  share: Share = inline,
): IdNumberSql {
  const id = read('idNumber').value;
  const idType = read('idType').value;

  // 18 characters, all ASCII here, so that SQL's length in code points is
  // JavaScript's in UTF-16 units. A pattern, not translate(): DuckDB
  // matches it six times as fast.
  const wellFormedSql = `(length(${id}) = 18 AND ${q.fn.matches(id, '\\d{17}[\\dX]')})`;
  const wellFormed = share('idWellFormed', wellFormedSql);
  const whenWellFormed = (then: string, otherwise = 'NULL') =>
    `(CASE WHEN ${wellFormed} THEN ${then} ELSE ${otherwise} END)`;
  // A shared piece is computed for every row, so it reads the digits only
  // of a well-formed number (and NULL otherwise); it reads the row's own
  // columns alone, not another piece.
  const piece = (name: string, sql: string) =>
    share === inline
      ? sql
      : share(name, `(CASE WHEN ${wellFormedSql} THEN ${sql} END)`);
  const sum = WEIGHTS.map((w, i) => `${digitAt(id, i + 1)} * ${w}`).join(' + ');
  const expectedCheck = piece(
    'idExpectedCheck',
    `substr(${q.text(CHECK_CHARACTERS)}, (${sum}) % 11 + 1, 1)`,
  );
  const check = `substr(${id}, 18, 1)`;
  const dash = q.text('-');
  const birthText =
    `(substr(${id}, 7, 4) || ${dash} || substr(${id}, 11, 2)` +
    ` || ${dash} || substr(${id}, 13, 2))`;
  const birthParts = {
    year: digitAt(id, 7, 4),
    month: digitAt(id, 11, 2),
    day: digitAt(id, 13, 2),
  };

  return {
    id,
    otherDocument: `(${idType} IS NOT NULL AND ${idType} <> ${q.text('居民身份证')})`,
    wellFormed,
    whenWellFormed,
    expectedCheck,
    check,
    checksumValid: `(${expectedCheck} = ${check})`,
    birthDigits: `substr(${id}, 7, 8)`,
    birthText,
    birthReal: piece('idBirthReal', realParts(birthParts)),
    birthParts,
    sex: piece(
      'idSex',
      `(CASE WHEN ${digitAt(id, 17)} % 2 = 1 THEN ${q.text('男')} ELSE ${q.text('女')} END)`,
    ),
  };
}

/**
 * Pieces shared through the fact's context: once per subject.
 *
 * @param q - The fact's SQL context.
 * @returns The way to share them.
 */
export function sharedIn(q: FactSqlContext): Share {
  return (name, sql) => q.shared(name, () => sql);
}

/**
 * What the subject's own member row's ID number says, each piece
 * computed once per subject.
 *
 * @param q - The fact's SQL context.
 * @returns The pieces; see {@link IdNumberSql}.
 */
export function ownIdNumberSql(q: FactSqlContext): IdNumberSql {
  return idNumberSql(q, (field) => q.column('members', field), sharedIn(q));
}

/**
 * Whether year, month and day are a real date as core's `isValidParts`
 * has it: a year from 1000 to 9999 (a database takes 0999 for a year;
 * duibiao does not), a month 1 to 12, a day the month has.
 */
function realParts(parts: { year: string; month: string; day: string }) {
  const { year, month, day } = parts;

  return (
    `(${year} BETWEEN 1000 AND 9999 AND ${month} BETWEEN 1 AND 12` +
    ` AND ${day} BETWEEN 1 AND ${daysInMonthSql(year, month)})`
  );
}

/**
 * A fact of a resident ID number in SQL, as identity.ts computes such
 * facts: unknown for a blank number, known none for another kind of
 * document, else the value picked, none where `none` holds. `none` must
 * be TRUE or FALSE for every non-blank number.
 *
 * @param q - The fact's SQL context.
 * @param pick - The value for a resident ID number, and when it is none.
 * @returns The fact's SQL.
 */
export function residentIdSql(
  q: FactSqlContext,
  pick: (id: IdNumberSql) => { value: string; none?: string },
): FactSql {
  const id = ownIdNumberSql(q);
  const { value, none = 'FALSE' } = pick(id);
  const other = `${id.id} IS NULL OR ${id.otherDocument}`;

  return {
    value: `(CASE WHEN ${other} THEN NULL WHEN ${none} THEN NULL ELSE ${value} END)`,
    none: `(CASE WHEN ${id.id} IS NULL THEN FALSE WHEN ${id.otherDocument} THEN TRUE ELSE ${none} END)`,
  };
}
