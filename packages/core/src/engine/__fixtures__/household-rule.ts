import type { RuleDefinition, TopLevelCondition } from '@duibiao/core';

/**
 * A household rule for the engine's tests: a low data error named by its
 * id, with the conditions given (as they are, so that a test may give
 * shapes the loader must refuse) and anything else overridden by `more`.
 *
 * @param id - The rule's name; its id is `t/<id>` unless `more` says.
 * @param conditions - The rule's conditions.
 * @param more - Fields that replace the defaults.
 * @returns The rule.
 */
export function householdRule(
  id: string,
  conditions: unknown,
  more: Partial<RuleDefinition> = {},
): RuleDefinition {
  return {
    id: `t/${id}`,
    subject: 'household',
    category: 'data-error',
    indicator: 'consistency',
    severity: 'low',
    title: id,
    basis: 'test',
    department: 'test',
    action: '核实',
    conditions: conditions as TopLevelCondition,
    message: { zh: id, en: id },
    ...more,
  };
}
