import type { RegionTable } from '../regions/region-table.js';
import type { CalendarDate } from '../values/calendar-date.js';
import type { JsonValue } from './condition.js';

// What a fact's SQL form is written with: see FactDefinition.sql.

/**
 * A fact's value in SQL. `value` is NULL when the fact is unknown and
 * when it is known that there is no value; `none`, for a fact that can be
 * known to have none (`null`), is TRUE exactly then. A number known only
 * to lie in a range (an age from a birth month) gives `range` too, and
 * `value` holds the number when the range is one number.
 */
export interface FactSql {
  /** The value, or NULL. */
  readonly value: string;
  /** TRUE when the fact is known to have no value; FALSE or absent otherwise. */
  readonly none?: string;
  /** The smallest and largest number the fact may be, NULL when unknown. */
  readonly range?: {
    /** The smallest number it may be, or NULL. */
    readonly min: string;
    /** The largest number it may be, or NULL. */
    readonly max: string;
  };
}

/**
 * What a fact's {@link FactDefinition.sql} writes its SQL with. Fields and
 * other facts come back as {@link FactSql}; SQL that differs between
 * engines is asked of {@link FactSqlContext.fn}. Text of the plugin never
 * reaches SQL but through these (literals are quoted by `text`).
 */
export interface FactSqlContext {
  /** The SQL dialect, such as `duckdb` or `postgres`. */
  readonly dialect: string;
  /** The reference date, as a SQL DATE. */
  readonly asOf: string;
  /**
   * The reference date, `YYYY-MM-DD`, for SQL worked out before it runs
   * (the screening period it falls in); it reaches SQL through `text`.
   */
  readonly asOfDate: CalendarDate;
  /**
   * A field of a row the subject sees: its own row, or the household,
   * member or village tied to it: on a member, `column('members',
   * 'birthDate')` and `column('households', 'netIncome')`.
   */
  column(table: string, field: string): FactSql;
  /** Another fact of the same subject. */
  fact(name: string): FactSql;
  /**
   * SQL computed once per subject, read as a column by every fact that
   * asks for it by the same name: a piece several facts share (whether an
   * ID number is well formed, whether a household has two monitoring
   * periods to compare), which each would otherwise compute again. It may
   * read the subject's own rows (`column`) and its related rows
   * (`related`), not facts.
   *
   * @param name - The piece's name: one name, one meaning, whichever fact asks.
   * @param sql - Makes its SQL; called for the first fact that asks.
   * @returns SQL that reads it.
   */
  shared(name: string, sql: () => string): string;
  /** A parameter's value in force, as a SQL literal; `a.b` reads into an object. */
  param(name: string): string;
  /**
   * A parameter's value in force as JSON, `undefined` when none is, for
   * SQL worked out before it runs (periods from a list of start days). It
   * reaches SQL only through `text` and `number`.
   */
  paramValue(name: string): JsonValue | undefined;
  /**
   * The rows of a table tied to the subject, for a subquery: a household's
   * members, a member's rows of a department list (by 证件号码), a
   * household's rows of a list (by 户编号, or by its members' 证件号码 for
   * a list linked so). Lists hold only rows in force on the reference date.
   */
  related(table: string): RelatedRows;
  /** Look-ups across the whole data set, as {@link FactContext.index} has them. */
  readonly index: SqlDatasetIndex;
  /**
   * The region names of the rule set's plugins, for SQL worked out before
   * it runs (whether a code's county is known); codes reach SQL only
   * through `text`.
   */
  readonly regions: RegionTable;
  /** A text literal. */
  text(value: string): string;
  /** A number literal. */
  number(value: number): string;
  /** Functions whose SQL differs between engines. */
  readonly fn: SqlFunctions;
}

/**
 * {@link DatasetIndex} in SQL, for {@link FactSqlContext.index}: each
 * look-up takes the SQL of its argument and gives SQL.
 */
export interface SqlDatasetIndex {
  /**
   * How many member rows carry an ID number, rejected rows included.
   *
   * @param idNumber - SQL of a non-NULL ID number.
   * @returns SQL of a whole number.
   */
  membersWithId(idNumber: string): string;
}

/** Rows of a table tied to a subject, as {@link FactSqlContext.related} gives them. */
export interface RelatedRows {
  /**
   * `FROM` text naming the table with its alias (and what {@link
   * RelatedRows.fact} joins to it: read it after the facts).
   */
  readonly from: string;
  /** The condition that ties a row to the subject. */
  readonly where: string;
  /** A field of such a row. */
  column(field: string): FactSql;
  /**
   * A fact of such a row, where its rows are subjects of their own
   * (member rows, household rows): computed once per row rather than
   * written again by every fact that reads it. Absent where they are not.
   */
  readonly fact?: (name: string) => FactSql;
  /** Such a row's place in its table's input, to take rows in input order. */
  readonly row: string;
  /**
   * TRUE when every row tied to the subject was read: FALSE when the table
   * is absent or a rejected row may have been the subject's.
   */
  readonly complete: string;
}

/** SQL functions that differ between engines. */
export interface SqlFunctions {
  /** ISO date text (`YYYY-MM-DD`) as a DATE; NULL for a month or no real day. */
  day(text: string): string;
  /** Whole years from one DATE to another, as `ageOn` counts them. */
  yearsBetween(from: string, to: string): string;
  /** Whether text contains other text (both non-NULL). */
  includes(text: string, part: string): string;
  /** A number rounded to 2 decimals as JavaScript's `Math.round(x * 100) / 100`. */
  round2(value: string): string;
  /** Whether a list holds an item: NULL for a NULL list, else TRUE or FALSE. */
  listContains(list: string, item: string): string;
  /** How many items a list holds: NULL for a NULL list, 0 for an empty one. */
  listLength(list: string): string;
  /** A DATE moved by a whole number of days (an integer); back when negative. */
  addDays(date: string, days: string): string;
  /** Days from one DATE to another, `to` minus `from`, as an integer. */
  daysBetween(from: string, to: string): string;
  /** The last day of a DATE's month, as a DATE. */
  lastDayOfMonth(date: string): string;
  /**
   * Whole months from one DATE to another as core's `monthsRangeBetween`
   * counts them between two days: a month is complete on the same day of
   * a later month, or on the last day of a month too short to have that
   * day (31 January to 29 February 2020 is one); negative when `to` is
   * earlier.
   */
  monthsBetween(from: string, to: string): string;
  /** A DATE as `YYYY-MM-DD` text (years 1000 to 9999). */
  dateText(date: string): string;
  /**
   * A number rounded as JavaScript's
   * `Math.round(x * 10 ** decimals) / 10 ** decimals`.
   */
  round(value: string, decimals: number): string;
  /**
   * An aggregate: the texts of a group that are not NULL, joined by a
   * separator (a literal) in the order of `order`; NULL when there are none.
   */
  joinText(text: string, separator: string, order: string): string;
  /**
   * Whether text matches a regular expression in full; NULL for NULL text.
   * The pattern is JavaScript's syntax, of which it may use literal
   * characters, classes (`[…]`, `[^…]`), groups (`(?:…)`), `|`, the
   * quantifiers `?`, `*`, `+` and `{m,n}`, and the escapes `\d` (an ASCII
   * digit), `\s` and `\S` (JavaScript's whitespace, and its opposite, the
   * first also inside a class), `\uXXXX` (a character of the Basic
   * Multilingual Plane) and `.` (any character but a line break), each
   * meaning what it means in JavaScript; no other escape of a letter.
   */
  matches(text: string, pattern: string): string;
  /**
   * Text with every match of a regular expression (as {@link
   * SqlFunctions.matches} takes it, with `^` and `$` for its start and
   * end) replaced by a replacement without `$` or `\`.
   */
  replaceMatches(text: string, pattern: string, replacement: string): string;
  /**
   * Decimal text (`[-+]?(\d+\.?\d*|\.\d+)`, which the caller has checked)
   * as a double, as JavaScript's `Number` reads it.
   */
  toNumber(text: string): string;
  /** Text with the characters JavaScript's `trim()` removes, removed. */
  trim(text: string): string;
}
