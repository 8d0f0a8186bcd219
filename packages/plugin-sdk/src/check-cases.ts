import type { ExpectedFinding, Plugin, RuleSet } from '@duibiao/core';

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
 * findings it expects, each by the fields a finding is matched on, every
 * case has a name, and no case is written for a rule the plugin does not
 * own.
 *
 * @param plugin - The plugin.
 * @param ruleSet - The plugin's rules as loaded.
 * @returns The problems; empty when the cases are complete.
 */
export function checkCases(plugin: Plugin, ruleSet: RuleSet): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const problem = (ruleId: string, message: string) =>
    problems.push({ ruleId, message });
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
      problem(ruleId, 'has no valid case');
    if (!cases || cases.invalid.length === 0)
      problem(ruleId, 'has no invalid case');
  }

  for (const [ruleId, cases] of Object.entries(tests)) {
    if (!owned.has(ruleId)) {
      const message =
        'has cases, but the plugin neither defines nor replaces it';
      problem(ruleId, message);
    }
    for (const kind of ['valid', 'invalid'] as const) {
      cases[kind].forEach((testCase, index) => {
        if (typeof testCase.name !== 'string' || testCase.name.trim() === '')
          problem(ruleId, `${kind} case ${index + 1} has no name`);
      });
    }
    for (const testCase of cases.invalid) {
      const where = `invalid case "${testCase.name}"`;
      if (!Array.isArray(testCase.findings) || testCase.findings.length === 0) {
        problem(ruleId, `${where} does not say which findings it expects`);
        continue;
      }
      testCase.findings.forEach((expected, index) => {
        const wrong = expectationProblem(expected);
        if (wrong) problem(ruleId, `${where}: finding ${index + 1} ${wrong}`);
      });
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

const EXPECTED_KEYS = ['householdId', 'memberId', 'data', 'message'];

/**
 * What is wrong with one expected finding, if anything: a key a finding
 * is not matched on (`householdID`, `messsage`) would be ignored, and an
 * expectation that names nothing matches any finding at all.
 */
function expectationProblem(expected: ExpectedFinding): string | undefined {
  if (typeof expected !== 'object' || expected === null)
    return `is ${JSON.stringify(expected)}, not an object`;

  const unknown = Object.keys(expected).filter(
    (key) => !EXPECTED_KEYS.includes(key),
  );
  if (unknown.length > 0) {
    const keys = unknown.map((key) => JSON.stringify(key)).join(', ');
    return `has the unknown key${unknown.length === 1 ? '' : 's'} ${keys}; a finding is matched on ${EXPECTED_KEYS.join(', ')}`;
  }

  // An empty data object compares no value, so it says nothing either.
  const { data } = expected;
  const saysSomething =
    'householdId' in expected ||
    'memberId' in expected ||
    expected.message !== undefined ||
    (data !== undefined && Object.keys(data).length > 0);

  return saysSomething
    ? undefined
    : `says nothing the finding must be: give its householdId, memberId, message or data`;
}
