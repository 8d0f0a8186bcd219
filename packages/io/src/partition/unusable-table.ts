import type { InputProblem } from '../input-error.js';

/**
 * A streamed table that cannot be read at all (a quote never closed):
 * the folder is unusable, said without reading it whole, which a file
 * too large to read whole would hide behind its size.
 */
export class UnusableTable extends Error {
  /**
   * @param problem - The file and what is wrong with it.
   */
  constructor(readonly problem: InputProblem) {
    super(problem.message);
  }
}
