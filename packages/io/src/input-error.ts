import { DuibiaoError } from '@duibiao/core';

/** One reason a folder cannot be checked at all. */
export interface InputProblem {
  /** The file, relative to the folder; `null` for the folder itself. */
  file: string | null;
  /**
   * The column concerned: as its header is written in the file when the
   * file has it (a column in the wrong unit), else as the data format
   * spells it (a column missing).
   */
  column?: string;
  /** What is wrong and what to do, in English. */
  message: string;
}

/**
 * Thrown by {@link readFolder} when the folder cannot be checked at all: it
 * is missing, has no households table, or a table file is empty, cannot
 * be decoded, lacks its key column, or has a number column in another
 * unit than the field's (`人均纯收入（万元）` for a field in 元). Every such
 * problem in the folder is collected before it is thrown, so one run
 * shows them all.
 *
 * Problems in single rows are not errors: those rows are rejected and
 * reported, and the rest is checked.
 *
 * @example
 * try {
 *   await readFolder('exports/2020-09');
 * } catch (error) {
 *   if (error instanceof InputError) {
 *     for (const problem of error.problems) showProblem(problem.message);
 *   }
 * }
 */
export class InputError extends DuibiaoError {
  /** Every problem found, each naming its file. */
  readonly problems: readonly InputProblem[];

  /**
   * @param folder - The folder that was read, as given.
   * @param problems - Every problem found; at least one.
   */
  constructor(folder: string, problems: readonly InputProblem[]) {
    const plural = problems.length === 1 ? '' : 's';
    const count = `${problems.length} problem${plural}`;
    const lines = problems.map(({ file, message }) =>
      file === null ? `- ${message}` : `- ${file}: ${message}`,
    );

    super(
      'DUIBIAO_INPUT_UNUSABLE',
      `The folder ${folder} cannot be checked (${count}):\n${lines.join('\n')}`,
    );
    this.name = 'InputError';
    this.problems = problems;
  }
}
