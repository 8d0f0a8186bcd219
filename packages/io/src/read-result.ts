import type { Dataset } from '@duibiao/core';

import type { BlankRowsWithText } from './blank-rows-with-text.js';
import type { RejectionCode } from './rejection-code.js';
import type { TableKey } from './tables.js';

/** The kind of file a table was read from. */
export type TableFormat = 'csv' | 'xlsx' | 'json';

/**
 * How a CSV or JSON file was decoded: by its byte-order mark (`utf-8-bom`,
 * `utf-16le`, `utf-16be`), as strict UTF-8, or else as GB18030 (which
 * includes GBK and GB2312).
 */
export type TextEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'gb18030';

/**
 * How one table file was read. Every data row is either checked or
 * rejected, so `read` is always `checked + rejected`.
 */
export interface TableReport {
  /** The table the file holds. */
  table: TableKey;
  /** The file, relative to the folder. */
  file: string;
  /** The kind of file, from its extension. */
  format: TableFormat;
  /** How the text was decoded; `null` for workbooks. */
  encoding: TextEncoding | null;
  /**
   * The workbook sheet the table was read from. Of the sheets that hold
   * the table's key column, visible sheets come before hidden ones
   * always; among them it is the one named after the table (its key or
   * Chinese name), else the one whose header names the most fields, the
   * earlier on a tie. `null` for CSV and JSON.
   */
  sheet: string | null;
  /**
   * The other sheets of the workbook that hold the table's key column
   * and rows below it, and so were not read; left out when there is none.
   */
  otherSheets?: OtherSheet[];
  /** Data rows below the header, blank rows not counted. */
  read: number;
  /** Rows that became records and are checked. */
  checked: number;
  /** Rows rejected, each with a {@link Rejection}. */
  rejected: number;
  /**
   * Rows below the header with nothing in any field's column: entirely
   * blank, or holding only cells of columns that name no field (a
   * template's pre-numbered 序号). They are not data rows.
   */
  blankRows: number;
  /**
   * Of the blank rows, those holding text (not a bare number such as a
   * 序号) in a column naming no field, with the lines of the first five:
   * a row of 备注 alone is passed over unchecked, and the clerk should
   * see it. Left out when there is none.
   */
  blankRowsWithText?: BlankRowsWithText;
  /** Headers that name no field, as written; kept in `extra`. */
  unknownColumns: string[];
  /**
   * The Chinese headers of the table's fields that the file has no column
   * for (for JSON, that no object has as a key), in field order. Those
   * fields are unknown in every row, even where a blank cell would mean
   * "none": a file without 帮扶措施 says nothing about measures.
   */
  missingColumns: string[];
  /**
   * Of a department's list or a follow-up table, the rows checked that
   * name no member (by 证件号码) or no household (by 户编号) of the
   * registry, with the lines of the first few. They are kept: a
   * department's list covers everyone, not only registered families.
   * Left out for the registry's own tables, for projects, and when the
   * registry table the list names was not given.
   */
  unmatched?: {
    /** How many rows name no one of the registry. */
    count: number;
    /** The lines of the first few. */
    lines: number[];
  };
}

/** A sheet of a workbook that holds a table's key column, not read. */
export interface OtherSheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** Whether it is hidden (or very hidden) in Excel. */
  hidden: boolean;
  /** Its rows below the header, blank rows not counted. */
  rows: number;
}

/** A row that was not checked, and why. */
export interface Rejection {
  /** The table the row belongs to. */
  table: TableKey;
  /** The file, relative to the folder. */
  file: string;
  /**
   * The row number a spreadsheet shows for it (for JSON, the 1-based
   * position in the array).
   */
  line: number;
  /**
   * The header of the column at fault, as written; for a cell beyond the
   * header, its position (`(column H)`); `null` when the row as a whole
   * is at fault.
   */
  column: string | null;
  /**
   * The cell as text, at most 200 characters: a longer one keeps its
   * start and ends in `…(N characters)`. `null` when no single cell is at
   * fault.
   */
  value: string | null;
  /**
   * What is wrong, as a stable code; when a row has several problems,
   * the code of the first, which `reason` names first.
   */
  code: RejectionCode;
  /** What is wrong, in English, with the values seen. */
  reason: string;
}

/** A file in the folder that was not read, and why. */
export interface SkippedFile {
  /** The file, relative to the folder. */
  file: string;
  /** Why it was not read, and what to do if it should be. */
  reason: string;
}

/**
 * What {@link readFolder} found in a folder.
 *
 * @example
 * const { dataset, rejected } = await readFolder('exports/2020-09');
 * const { findings } = await checker.check(dataset);
 */
export interface ReadResult {
  /** The records that are checked. */
  dataset: Dataset;
  /** One report per table file read, households first. */
  tables: TableReport[];
  /** Every rejected row, by table and line. */
  rejected: Rejection[];
  /** Files that name no table, or are not table files. */
  skipped: SkippedFile[];
}
