const MIB = 1024 * 1024;

/**
 * Limits on what {@link readFolder} reads, so that a broken or hostile
 * file is refused with a message naming it instead of exhausting memory
 * or time. Each has a default that a spreadsheet export never reaches;
 * lower ones are for tests and small machines.
 */
export interface ReadLimits {
  /**
   * The most characters (UTF-16 code units, as Excel counts them) in one
   * cell. Excel holds at most 32,767 in a cell, so a longer one was not
   * exported by Excel or WPS: a data row holding one is rejected, naming
   * the cell and its length; a header cell that long makes the file
   * unusable.
   * @default 32767
   */
  maxCellCharacters?: number;
  /**
   * The most columns a header row may have (the most keys, over all its
   * elements, for a JSON table). Excel sheets have 16,384 columns; a
   * wider header makes the file unusable.
   * @default 16384
   */
  maxColumns?: number;
  /**
   * The largest CSV or JSON file read whole, in bytes. Larger households
   * and members CSV files are read in parts by `checkFolder` when the
   * folder has no department list or follow-up table, and so are not
   * bound by it.
   * @default 134217728 (128 MiB)
   */
  maxTextBytes?: number;
  /**
   * The largest .xlsx file, in bytes: a workbook is always read whole.
   * @default 33554432 (32 MiB)
   */
  maxWorkbookBytes?: number;
  /**
   * The most bytes the parts of an .xlsx file may unpack to, as its zip
   * directory declares them: checked before the workbook is unpacked, so
   * that a few megabytes that unpack to gigabytes (a zip bomb) are
   * refused. A part that unpacks to more than it declares is refused too.
   * @default 268435456 (256 MiB)
   */
  maxWorkbookUnpackedBytes?: number;
}

/** {@link ReadLimits} with every limit given. */
export type ResolvedLimits = Required<ReadLimits>;

/** The limits {@link readFolder} applies unless told otherwise. */
export const DEFAULT_READ_LIMITS: Readonly<Required<ReadLimits>> =
  Object.freeze({
    maxCellCharacters: 32_767,
    maxColumns: 16_384,
    maxTextBytes: 128 * MIB,
    maxWorkbookBytes: 32 * MIB,
    maxWorkbookUnpackedBytes: 256 * MIB,
  });

/**
 * The limits to apply: those given, the defaults for the rest.
 *
 * @param limits - Limits to override.
 * @returns Every limit.
 * @throws {TypeError} When a limit given is not a positive integer.
 */
export function resolveLimits(limits: ReadLimits = {}): ResolvedLimits {
  const resolved = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(DEFAULT_READ_LIMITS)) {
    const name = key as keyof ResolvedLimits;
    const value = limits[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(
        `expected the read limit ${name} to be a positive integer, not ${String(value)}`,
      );
    }
    resolved[name] = value;
  }

  return resolved;
}

/**
 * A size in bytes for a message: `1.5 MiB (1572864 bytes)`, or `800
 * bytes` below a mebibyte.
 *
 * @param bytes - The size.
 * @returns The size in words.
 */
export function sizeText(bytes: number): string {
  if (bytes < MIB) return `${bytes} bytes`;

  const mib = bytes / MIB;
  const rounded = Number.isInteger(mib) ? String(mib) : mib.toFixed(1);
  return `${rounded} MiB (${bytes} bytes)`;
}
