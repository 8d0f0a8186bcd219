/**
 * What a table column holds for one fact. A SQL NULL in any column is
 * duibiao's unknown; a column never holds a known JSON `null`.
 *
 * - `number`: a finite number (DOUBLE).
 * - `text`: text (VARCHAR); blank text is unknown, as duibiao has it.
 * - `date`: an ISO calendar date as text, `YYYY-MM-DD` or `YYYY-MM`.
 * - `boolean`: true or false.
 * - `{ list }`: a list of numbers or texts (a DuckDB LIST) with no NULL.
 * - `{ struct }`: an object whose fields a condition's `path` reads.
 */
export type SqlColumnType =
  | 'number'
  | 'text'
  | 'date'
  | 'boolean'
  | {
      /** The type of the list's items. */
      readonly list: 'number' | 'text';
    }
  | {
      /** The object's fields, by name, with their types. */
      readonly struct: Readonly<Record<string, SqlColumnType>>;
    };

/** The columns of the table a condition runs over, by fact name. */
export type FactColumns = Readonly<Record<string, SqlColumnType>>;

/** The column type's SQL name in DuckDB, for `CREATE TABLE`. */
export function duckdbTypeOf(type: SqlColumnType): string {
  if (type === 'number') return 'DOUBLE';
  if (type === 'text' || type === 'date') return 'VARCHAR';
  if (type === 'boolean') return 'BOOLEAN';
  if ('list' in type) return type.list === 'number' ? 'DOUBLE[]' : 'VARCHAR[]';

  const fields = Object.entries(type.struct).map(
    ([name, field]) => `"${name.replaceAll('"', '""')}" ${duckdbTypeOf(field)}`,
  );
  return `STRUCT(${fields.join(', ')})`;
}
