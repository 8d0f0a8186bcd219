import { basename } from 'node:path';

import type { Ledger } from '../ledger.js';
import { ID_HEADER, LINE_COLUMNS } from './columns.js';
import { readVerificationSheets } from './read-sheets.js';
import type {
  ImportResult,
  ReadSheetsOptions,
  SheetProblem,
  SheetRow,
} from './types.js';

/**
 * Reads filled verification sheets (see `readVerificationSheets`) into a
 * ledger, applying every row it can and reporting every one it cannot.
 *
 * Rows apply in file order, then row order, all in one transaction
 * (`ledger.applyRows`); a row's opinions apply together or not at all. A
 * row whose 问题编号 the ledger does not hold, or whose opinion the ledger
 * refuses (a review before both lines, an opinion a line gave before), is
 * a problem naming the file, the row, the column and the reason; the
 * other rows still apply. A row whose opinions were all recorded before,
 * as when a file is imported twice or a line's opinion was written in
 * the sheet at export, counts as `already`.
 *
 * @param ledger - The ledger.
 * @param paths - The filled sheets.
 * @param options - The date of opinions whose date cell is blank.
 * @returns How many rows applied, were recorded already, or were left
 * blank, and the problems, by file and row.
 * @throws {TypeError} When `options.on` is not a `YYYY-MM-DD` date.
 * @example
 * const result = await importVerificationSheets(ledger, files, {
 *   on: '2020-10-08',
 * });
 * const lines = result.problems.map((p) => `${p.file}:${p.line} ${p.reason}`);
 */
export async function importVerificationSheets(
  ledger: Ledger,
  paths: readonly string[],
  options: ReadSheetsOptions,
): Promise<ImportResult> {
  const read = await readVerificationSheets(paths, options);
  const problems = [...read.problems];
  const result: ImportResult = {
    files: read.files,
    rows: read.rows.length + read.skipped,
    applied: 0,
    already: 0,
    untouched: 0,
    problems,
  };

  const known = new Map<string, boolean>();
  const isKnown = (id: string) => {
    if (!known.has(id)) known.set(id, ledger.entry(id) !== undefined);
    return known.get(id) === true;
  };
  const applying: SheetRow[] = [];
  for (const row of read.rows) {
    if (row.opinions.length === 0) result.untouched += 1;
    else if (isKnown(row.findingId)) applying.push(row);
    else problems.push(unknownId(row));
  }

  const outcomes =
    applying.length === 0
      ? []
      : ledger.applyRows(applying.map((row) => row.opinions));
  applying.forEach((row, index) => {
    const done = outcomes[index] ?? [];
    const refused = done.findIndex((outcome) => outcome.kind === 'refused');
    if (refused >= 0) {
      const outcome = done[refused];
      const why = outcome?.kind === 'refused' ? outcome.reason : '';
      problems.push(refusal(row, refused, why));
      return;
    }
    if (done.every((outcome) => outcome.kind === 'already'))
      result.already += 1;
    else result.applied += 1;
  });

  result.problems = inFileOrder(problems, paths);
  return result;
}

function unknownId(row: SheetRow): SheetProblem {
  return {
    file: row.file,
    line: row.line,
    column: ID_HEADER,
    value: row.findingId,
    reason: `台账中没有问题编号「${row.findingId}」`,
  };
}

function refusal(row: SheetRow, at: number, reason: string): SheetProblem {
  const opinion = row.opinions[at];
  const column = LINE_COLUMNS.find((c) => c.line === opinion?.line);

  return {
    file: row.file,
    line: row.line,
    ...(column ? { column: column.opinion } : {}),
    ...(opinion ? { value: opinion.result } : {}),
    reason: reason || `${basename(row.file)}:${row.line} 未能导入`,
  };
}

/** Problems by file as given, then row; each file's own problems first. */
function inFileOrder(
  problems: readonly SheetProblem[],
  paths: readonly string[],
): SheetProblem[] {
  const order = new Map<string, number>();
  paths.forEach((path, index) => {
    if (!order.has(path)) order.set(path, index);
  });

  return [...problems].sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}
