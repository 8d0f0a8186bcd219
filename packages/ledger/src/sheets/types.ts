import type { OpinionInput } from '../types.js';

/** One verification sheet written by `writeVerificationSheets`. */
export interface SheetFile {
  /** The file written. */
  path: string;
  /** Its findings' county; `null` when unknown (the file says 未知县). */
  county: string | null;
  /** Its findings' township; `null` when unknown (the file says 未知乡镇). */
  township: string | null;
  /** How many findings it lists, one a row. */
  rows: number;
}

/** Options of `writeVerificationSheets`. */
export interface WriteSheetsOptions {
  /** The folder to write the files into; made when missing. */
  out: string;
  /** The date the sheets are made for, `YYYY-MM-DD`: shown on 填写说明. */
  asOf: string;
  /**
   * Write ID numbers and mobile numbers in full. Only for staff entitled
   * to see them.
   *
   * @default false
   */
  unmask?: boolean;
}

/** Options of `readVerificationSheets` and `importVerificationSheets`. */
export interface ReadSheetsOptions {
  /**
   * The date, `YYYY-MM-DD`, given to an opinion whose date cell is blank
   * (usually today).
   */
  on: string;
}

/** One data row of a filled sheet, read. */
export interface SheetRow {
  /** The file, as given. */
  file: string;
  /** The row's number, as Excel shows it. */
  line: number;
  /** Its 问题编号. */
  findingId: string;
  /**
   * The opinions filled in, township then department then review; none
   * for a row nobody filled in.
   */
  opinions: OpinionInput[];
}

/** A file, a row or a cell of a sheet that could not be read or applied. */
export interface SheetProblem {
  /** The file, as given. */
  file: string;
  /** The row's number as Excel shows it; absent for the whole file. */
  line?: number;
  /** The column's header; absent for the whole file. */
  column?: string;
  /** The cell's text as read; absent when the cell is blank or none is at fault. */
  value?: string;
  /** What is wrong, in Chinese. */
  reason: string;
}

/** What `readVerificationSheets` read. */
export interface SheetsRead {
  /** How many files were read as verification sheets. */
  files: number;
  /** The rows read without a problem, in file and row order. */
  rows: SheetRow[];
  /**
   * How many rows were left out because of a problem in a cell (each
   * such problem is in `problems`).
   */
  skipped: number;
  /** Every problem found, in file and row order. */
  problems: SheetProblem[];
}

/** What `importVerificationSheets` did. */
export interface ImportResult {
  /** How many files were read as verification sheets. */
  files: number;
  /**
   * How many data rows the files hold: `applied`, `already`, `untouched`
   * and the rows with a problem together.
   */
  rows: number;
  /** Rows whose opinions changed the ledger. */
  applied: number;
  /** Rows whose every opinion was recorded before (a sheet imported twice). */
  already: number;
  /** Rows nobody filled in. */
  untouched: number;
  /** Every file, row and cell that could not be applied. */
  problems: SheetProblem[];
}
