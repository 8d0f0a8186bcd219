/**
 * A condition that has no SQL form in this slice of the compiler: the
 * in-process engine remains the way to run its rule.
 */
export class SqlCompileError extends Error {
  /** The rule whose condition did not compile. */
  readonly ruleId: string;
  /** The fact the condition reads, when the problem is in a comparison. */
  readonly fact: string | undefined;
  /** The operator of the comparison, when there is one. */
  readonly operator: string | undefined;

  /**
   * @param ruleId - The rule's id.
   * @param reason - Why the condition has no SQL form, in English.
   * @param at - The fact and operator of the comparison, if any.
   */
  constructor(
    ruleId: string,
    reason: string,
    at: { fact?: string; operator?: string } = {},
  ) {
    const where = [
      at.fact === undefined ? '' : ` fact ${at.fact}`,
      at.operator === undefined ? '' : ` operator ${at.operator}`,
    ].join('');
    super(`rule ${ruleId}${where}: ${reason}`);
    this.name = 'SqlCompileError';
    this.ruleId = ruleId;
    this.fact = at.fact;
    this.operator = at.operator;
  }
}
