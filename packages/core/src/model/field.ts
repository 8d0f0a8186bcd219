import { z } from 'zod';

import { isCalendarDate } from '../values/calendar-date.js';

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
export type BlankMeaning =
  | 'unknown'
  | 'none'
  | {
      /** The value a blank cell stands for. */
      default: string;
    };

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
  readonly range?: {
    /** The smallest possible number. */
    readonly min?: number;
    /** The largest possible number. */
    readonly max?: number;
  };
  /** One line in English. */
  readonly description: string;
  /** The schema of the parsed value. */
  readonly schema: S;
}

/** What a field builder of {@link field} takes besides the header. */
export interface FieldOptions {
  /** One line in English. */
  description: string;
  /**
   * What a blank cell means.
   *
   * @default 'unknown'
   */
  blank?: BlankMeaning;
  /** Unit of a number, e.g. `元`. */
  unit?: string;
  /** Other spellings accepted for a value, mapped to the value. */
  aliases?: Record<string, string>;
  /** The smallest and largest possible number. */
  range?: {
    /** The smallest possible number. */
    min?: number;
    /** The largest possible number. */
    max?: number;
  };
}

/** The schema of a value that may be absent (unknown) or `null` (none). */
export type OptionalNullable<S extends z.ZodType> = z.ZodOptional<
  z.ZodNullable<S>
>;

const date = z
  .string()
  .refine(isCalendarDate, { message: 'expected a YYYY-MM-DD or YYYY-MM date' });

/**
 * The schema of an optional ID number, number, year or date: it also takes `null`
 * when blank is a known none, as {@link blankValue} then gives `null`.
 */
export type OptionalField<
  S extends z.ZodType,
  O extends FieldOptions,
> = O extends {
  /** Blank is a known none. */
  blank: 'none';
}
  ? OptionalNullable<S>
  : z.ZodOptional<S>;

function optional<S extends z.ZodType, O extends FieldOptions>(
  schema: S,
  options: O,
): OptionalField<S, O> {
  const value =
    options.blank === 'none' ? schema.nullable().optional() : schema.optional();

  return value as OptionalField<S, O>;
}

function spec<S extends z.ZodType>(
  header: string,
  kind: FieldKind,
  schema: S,
  options: FieldOptions,
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
  key: (header: string, options: FieldOptions) =>
    spec(header, 'key', z.string().min(1), options),

  /** Free text. */
  text: (header: string, options: FieldOptions) =>
    spec(header, 'text', z.string().nullable().optional(), options),

  /** A code made of digits kept as text, such as a region code. */
  code: (header: string, options: FieldOptions) =>
    spec(header, 'code', z.string().nullable().optional(), options),

  /** A resident ID number: text that must not have passed through a number. */
  idNumber: <O extends FieldOptions>(header: string, options: O) =>
    spec(
      header,
      'id-number',
      optional(z.string(), options),
      options,
    ) as FieldSpec<OptionalField<z.ZodString, O>>,

  /** One value of a fixed list. */
  oneOf: <const T extends readonly [string, ...string[]]>(
    header: string,
    values: T,
    options: FieldOptions,
  ): FieldSpec<OptionalNullable<z.ZodEnum<{ [K in T[number]]: K }>>> =>
    spec(header, 'enum', z.enum(values).nullable().optional(), options, values),

  /** Several values of a fixed list. */
  listOf: <const T extends readonly [string, ...string[]]>(
    header: string,
    values: T,
    options: FieldOptions,
  ): FieldSpec<z.ZodOptional<z.ZodArray<z.ZodEnum<{ [K in T[number]]: K }>>>> =>
    spec(header, 'list', z.array(z.enum(values)).optional(), options, values),

  /** Yes or no. */
  flag: (header: string, options: FieldOptions) =>
    spec(header, 'boolean', z.boolean().optional(), options),

  /** A number, such as yuan per year. */
  number: <O extends FieldOptions>(header: string, options: O) =>
    spec(
      header,
      'number',
      optional(z.number().finite(), options),
      options,
    ) as FieldSpec<OptionalField<z.ZodNumber, O>>,

  /** A year such as 2020. */
  year: <O extends FieldOptions>(header: string, options: O) =>
    spec(
      header,
      'year',
      optional(z.number().int(), options),
      options,
    ) as FieldSpec<OptionalField<z.ZodNumber, O>>,

  /** A calendar date, to the day or the month. */
  date: <O extends FieldOptions>(header: string, options: O) =>
    spec(header, 'date', optional(date, options), options) as FieldSpec<
      OptionalField<typeof date, O>
    >,
};
