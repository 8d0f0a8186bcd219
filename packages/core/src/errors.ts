/** Stable codes of the errors duibiao throws. */
export type DuibiaoErrorCode =
  | 'DUIBIAO_INVALID_RULE_SET'
  | 'DUIBIAO_FACT_FAILED'
  | 'DUIBIAO_INPUT_UNUSABLE'
  | 'DUIBIAO_DATABASE_REFUSED'
  | 'DUIBIAO_DATABASE_LOST'
  | 'DUIBIAO_LEDGER_UNUSABLE';

/**
 * The base of duibiao's errors: a `name`, a stable `code` to branch on,
 * and a message that says what was expected, what was found and what to do.
 */
export class DuibiaoError extends Error {
  /** A stable code, e.g. `DUIBIAO_INVALID_RULE_SET`. */
  readonly code: DuibiaoErrorCode;

  constructor(
    code: DuibiaoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DuibiaoError';
    this.code = code;
  }
}

/** One mistake in a plugin, found when its rules are loaded. */
export interface LoadProblem {
  /** A stable code, e.g. `DUIBIAO_UNKNOWN_FACT`. */
  code:
    | 'DUIBIAO_UNKNOWN_FACT'
    | 'DUIBIAO_UNKNOWN_PARAMETER'
    | 'DUIBIAO_UNKNOWN_OPERATOR'
    | 'DUIBIAO_UNKNOWN_CONDITION'
    | 'DUIBIAO_INVALID_CONDITION'
    | 'DUIBIAO_INVALID_RULE'
    | 'DUIBIAO_INVALID_PLUGIN'
    | 'DUIBIAO_UNKNOWN_RULE'
    | 'DUIBIAO_DUPLICATE'
    | 'DUIBIAO_CONFLICT'
    | 'DUIBIAO_EXTENDS_CYCLE';
  /** The plugin the mistake is in. */
  plugin: string;
  /** The rule, when the mistake is in one. */
  rule?: string;
  /** A JSON path into the rule, e.g. `conditions.all[1].fact`. */
  path?: string;
  /** What is wrong and what to do. */
  message: string;
}

/**
 * Thrown when plugins cannot be loaded: an unknown fact, parameter or
 * operator, a malformed condition, a duplicate id. Lists every problem
 * found, each naming plugin, rule and JSON path.
 */
export class RuleSetError extends DuibiaoError {
  /** Every problem found. */
  readonly problems: readonly LoadProblem[];

  constructor(problems: readonly LoadProblem[]) {
    const lines = problems.map((problem) => `- ${describeProblem(problem)}`);
    super(
      'DUIBIAO_INVALID_RULE_SET',
      `The rules could not be loaded (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.name = 'RuleSetError';
    this.problems = problems;
  }
}

/**
 * Wraps an error thrown by a plugin's fact with the plugin and fact name;
 * the original is kept as `cause`.
 */
export class FactError extends DuibiaoError {
  /** The fact that threw. */
  readonly fact: string;

  constructor(fact: string, plugin: string, cause: unknown) {
    const reason = describeThrown(cause);
    super(
      'DUIBIAO_FACT_FAILED',
      `Fact ${fact} of plugin ${plugin} threw: ${reason}`,
      {
        cause,
      },
    );
    this.name = 'FactError';
    this.fact = fact;
  }
}

/**
 * What a plugin threw, in words: an Error's message, or the value as text.
 * Plugin code may throw anything, even an object that cannot be turned
 * into text; describing it must not throw in turn.
 */
function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? String(thrown.message) : String(thrown);
  } catch {
    return Object.prototype.toString.call(thrown);
  }
}

function describeProblem(problem: LoadProblem): string {
  const where = [
    `plugin ${problem.plugin}`,
    problem.rule ? `rule ${problem.rule}` : undefined,
    problem.path ? `at ${problem.path}` : undefined,
  ].filter(Boolean);

  return `${where.join(', ')}: ${problem.message} [${problem.code}]`;
}
