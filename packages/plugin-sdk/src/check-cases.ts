import type { Plugin, RuleSet } from '@duibiao/core';

/** Something wrong with a plugin's test cases themselves. */
export interface CaseProblem {
  /** The rule the problem is about. */
  ruleId: string;
  /** What is wrong and what to do. */
  message: string;
}

/**
 * Checks a plugin's test cases: every rule it defines or replaces has at
 * least one valid and one invalid case, every invalid case says which
 * findings it expects, every case has a name, and no case is written for
 * a rule the plugin does not own.
 *
 * @param plugin - The plugin.
 * @param ruleSet - The plugin's rules as loaded.
 * @returns The problems; empty when the cases are complete.
 */
export function checkCases(plugin: Plugin, ruleSet: RuleSet): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const tests = plugin.tests ?? {};
  const owned = ownRuleIds(plugin);
  const loaded = new Set([
    ...ruleSet.rules.map((rule) => rule.definition.id),
    ...ruleSet.skipped.map((rule) => rule.ruleId),
  ]);

  for (const ruleId of owned) {
    const cases = tests[ruleId];
    if (!loaded.has(ruleId)) continue;
    if (!cases || cases.valid.length === 0)
      problems.push({ ruleId, message: 'has no valid case' });
    if (!cases || cases.invalid.length === 0)
      problems.push({ ruleId, message: 'has no invalid case' });
  }

  for (const [ruleId, cases] of Object.entries(tests)) {
    if (!owned.has(ruleId)) {
      problems.push({
        ruleId,
        message: 'has cases, but the plugin neither defines nor replaces it',
      });
    }
    [...cases.valid, ...cases.invalid].forEach((testCase, index) => {
      if (typeof testCase.name !== 'string' || testCase.name.trim() === '')
        problems.push({ ruleId, message: `case ${index + 1} has no name` });
    });
    for (const testCase of cases.invalid) {
      if (!Array.isArray(testCase.findings) || testCase.findings.length === 0) {
        problems.push({
          ruleId,
          message: `invalid case "${testCase.name}" does not say which findings it expects`,
        });
      }
    }
  }

  return problems;
}

/**
 * The rules whose cases a plugin owes: those it defines and those it
 * replaces.
 *
 * @param plugin - The plugin.
 * @returns Their ids.
 */
export function ownRuleIds(plugin: Plugin): Set<string> {
  return new Set([
    ...(plugin.rules ?? []).map((rule) => rule.id),
    ...(plugin.replaces ?? []).map((replacement) => replacement.rule.id),
  ]);
}
