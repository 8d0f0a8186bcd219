import { z } from 'zod';

import type { FieldSpec } from './field.js';

/** The fields of a table, by English key. */
export type FieldMap = Record<string, FieldSpec>;

/** Columns a file had that no field names; kept and passed to facts. */
export type ExtraColumns = Record<string, string>;

/** The zod schema of a table's records. */
export type RecordSchema<F extends FieldMap> = z.ZodObject<
  { [K in keyof F]: F[K]['schema'] } & {
    /** Columns the file had that no field names, by header. */
    extra: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
  }
>;

/**
 * A table of the data format: its English key, Chinese name, key column,
 * fields and the zod schema of its records.
 */
export interface TableSpec<F extends FieldMap = FieldMap> {
  /** English key, also a file name: `households`. */
  readonly key: string;
  /** Chinese name, also a file name: `户信息`. */
  readonly name: string;
  /** The field that identifies a row; a file without it is unusable. */
  readonly keyField: keyof F & string;
  /** Fields that must be present as columns for the file to be usable. */
  readonly requiredColumns: readonly (keyof F & string)[];
  /**
   * Fields whose blank cell rejects the row, besides those of kind `key`:
   * a department's row with a blank 证件号码 matches no one.
   */
  readonly requiredValues: readonly (keyof F & string)[];
  /** Every field, by English key. */
  readonly fields: F;
  /** Validates a parsed record. */
  readonly schema: RecordSchema<F>;
}

/**
 * Declares a table from its fields; the record schema is derived from the
 * fields so that there is one source of truth.
 *
 * @param table - Key, Chinese name, key field, required columns, fields
 * that may not be blank, and fields.
 * @returns The table spec with its schema.
 */
export function defineTable<F extends FieldMap>(table: {
  key: string;
  name: string;
  keyField: keyof F & string;
  requiredColumns?: readonly (keyof F & string)[];
  requiredValues?: readonly (keyof F & string)[];
  fields: F;
}): TableSpec<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(table.fields))
    shape[key] = spec.schema;
  shape.extra = z.record(z.string(), z.string()).optional();

  return {
    key: table.key,
    name: table.name,
    keyField: table.keyField,
    requiredColumns: table.requiredColumns ?? [table.keyField],
    requiredValues: table.requiredValues ?? [],
    fields: table.fields,
    schema: z.object(shape) as unknown as RecordSchema<F>,
  };
}
