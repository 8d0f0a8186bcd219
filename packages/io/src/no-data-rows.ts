import type { TableFile } from './find-table-files.js';
import type { InputProblem } from './input-error.js';

/**
 * The registry's tables that must have rows to be checked. A households
 * file of a header alone would check nothing and report no finding,
 * which reads as all clear; a members file of a header alone would say
 * that no household has members, and report each one for it. A
 * department's list with a header alone is read, and not compared.
 */
export const NEEDS_ROWS: ReadonlySet<string> = new Set([
  'households',
  'members',
]);

/**
 * The problem of a households or members file with a header and no data
 * rows below it (an export of an empty filter, say).
 *
 * @param file - The file.
 * @returns The problem, naming the file and what to do.
 */
export function noDataRows(file: TableFile): InputProblem {
  const instead =
    file.role.key === 'members'
      ? ', or leave the file out to check the households without members'
      : '';

  return {
    file: file.file,
    message: `has a header but no data rows, so there is nothing to check (an export of an empty filter?): export the ${file.role.key} table again${instead}`,
  };
}
