import {
  addDays,
  type Finding,
  isCalendarDate,
  type RuleSet,
  type Severity,
} from '@duibiao/core';

/** The parameter that gives the days allowed for each severity. */
export const SEVERITY_DAYS_PARAMETERS: Readonly<Record<Severity, string>> = {
  high: 'verifyDaysHigh',
  medium: 'verifyDaysMedium',
  low: 'verifyDaysLow',
};

/**
 * Works out the last day allowed to verify and clear each finding of a
 * run: the date the rule's `deadline.date` names in the finding's values
 * (a census issue's due date, a complaint's time limit), or the run's
 * reference date plus the days its `deadline.days` parameter gives, or
 * plus the days the severity's parameter gives (`verifyDaysHigh`,
 * `verifyDaysMedium`, `verifyDaysLow`).
 *
 * @param ruleSet - The rule set the run was checked with.
 * @param asOf - The run's reference date.
 * @returns For a finding, its deadline, or `null` when the rule names
 * none and no parameter gives days (or the named date is blank).
 * @example
 * const deadline = deadlineOf(ruleSet, '2020-09-30');
 * deadline(finding); // '2020-10-15' for a high finding, with the national plugin
 */
export function deadlineOf(
  ruleSet: RuleSet,
  asOf: string,
): (finding: Finding) => string | null {
  const rules = new Map(
    ruleSet.rules.map((rule) => [rule.definition.id, rule]),
  );
  const days = (parameter: string): string | null => {
    const value = ruleSet.parameters.get(parameter)?.value;
    if (typeof value !== 'number' || !Number.isInteger(value)) return null;
    return addDays(asOf, value) ?? null;
  };

  return (finding) => {
    const deadline = rules.get(finding.ruleId)?.definition.deadline;
    if (deadline && 'date' in deadline) {
      const value = finding.data[deadline.date];
      return typeof value === 'string' &&
        isCalendarDate(value) &&
        value.length === 10
        ? value
        : null;
    }
    if (deadline && 'days' in deadline) return days(deadline.days);
    return days(SEVERITY_DAYS_PARAMETERS[finding.severity]);
  };
}
