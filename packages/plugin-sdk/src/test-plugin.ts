import {
  type CalendarDate,
  type Checker,
  createChecker,
  type Finding,
  type InvalidCase,
  loadRuleSet,
  type Plugin,
  type RuleCase,
  type RuleStats,
  type ValidCase,
} from '@duibiao/core';

import { type CaseProblem, checkCases } from './check-cases.js';
import { pairFindings } from './match-findings.js';

/** The reference date cases use when they give none. */
export const DEFAULT_AS_OF: CalendarDate = '2020-09-30';

/** Options of {@link testPlugin} and the {@link RuleTester}. */
export interface TestOptions {
  /**
   * The reference date of cases that give none.
   *
   * @default '2020-09-30'
   */
  asOf?: CalendarDate;
}

/** How one case came out. */
export interface CaseResult {
  /** The rule the case is for. */
  ruleId: string;
  /** `valid` when the rule must stay silent, `invalid` when it must report. */
  kind: 'valid' | 'invalid';
  /** The case's name. */
  name: string;
  /** What went wrong; empty when the case passed. */
  problems: string[];
}

/** How one rule's cases came out. */
export interface RuleTestResult {
  /** The rule's id. */
  ruleId: string;
  /** Each case's outcome, valid cases first. */
  cases: CaseResult[];
  /** Cases that passed. */
  passed: number;
  /** Cases that failed. */
  failed: number;
}

/** How a plugin's cases came out. */
export interface PluginTestReport {
  /** The plugin's name. */
  plugin: string;
  /** Each rule's cases. */
  rules: RuleTestResult[];
  /** Problems with the cases themselves: a rule without cases, and so on. */
  caseProblems: CaseProblem[];
  /** Cases that passed, over every rule. */
  passed: number;
  /** Cases that failed, over every rule. */
  failed: number;
}

/**
 * Runs a plugin's own test cases and checks the cases themselves. Works
 * under any test runner or none: it returns a report and never throws
 * for a failing case.
 *
 * @param plugin - The plugin, with its `tests`.
 * @param options - The default reference date.
 * @returns Per rule, each case's outcome; and the cases' own problems.
 * @throws {RuleSetError} When the plugin's rules cannot be loaded.
 * @example
 * const report = await testPlugin(xian);
 * if (report.failed > 0 || report.caseProblems.length > 0) process.exitCode = 1;
 */
export async function testPlugin(
  plugin: Plugin,
  options: TestOptions = {},
): Promise<PluginTestReport> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const caseProblems = checkCases(plugin, loadRuleSet([plugin], asOf));
  const runner = new CaseRunner(plugin, asOf);
  const rules: RuleTestResult[] = [];
  for (const [ruleId, cases] of Object.entries(plugin.tests ?? {})) {
    const results: CaseResult[] = [];
    for (const testCase of cases.valid)
      results.push(await runner.valid(ruleId, testCase));
    for (const testCase of cases.invalid)
      results.push(await runner.invalid(ruleId, testCase));
    const failed = results.filter((r) => r.problems.length > 0).length;
    rules.push({
      ruleId,
      cases: results,
      passed: results.length - failed,
      failed,
    });
  }

  return {
    plugin: plugin.name,
    rules,
    caseProblems,
    passed: rules.reduce((sum, rule) => sum + rule.passed, 0),
    failed: rules.reduce((sum, rule) => sum + rule.failed, 0),
  };
}

/**
 * Runs single cases of a plugin's rules, with one checker per reference
 * date.
 */
export class CaseRunner {
  readonly #plugin: Plugin;
  readonly #asOf: CalendarDate;
  readonly #checkers = new Map<CalendarDate, Checker>();

  /**
   * @param plugin - The plugin whose rules run.
   * @param asOf - The reference date of cases that give none.
   */
  constructor(plugin: Plugin, asOf: CalendarDate = DEFAULT_AS_OF) {
    this.#plugin = plugin;
    this.#asOf = asOf;
  }

  /**
   * Runs a valid case: the rule must report nothing and throw nothing,
   * and be unknown exactly when the case says so, for the fields it names.
   *
   * @param ruleId - The rule.
   * @param testCase - The case.
   * @returns The outcome.
   */
  async valid(ruleId: string, testCase: ValidCase): Promise<CaseResult> {
    const { findings, stats, problems } = await this.#run(ruleId, testCase);
    if (stats) {
      problems.push(...regionProblems(stats, testCase.outsideRegions));
      if (findings.length > 0) {
        problems.push(
          `expected no finding, got ${findings.length}:\n${findings.map(describe).join('\n')}`,
        );
      }
      problems.push(...unknownProblems(stats, testCase.unknown));
    }

    return { ruleId, kind: 'valid', name: testCase.name, problems };
  }

  /**
   * Runs an invalid case: the rule must report exactly the findings the
   * case expects, and throw nothing.
   *
   * @param ruleId - The rule.
   * @param testCase - The case.
   * @returns The outcome.
   */
  async invalid(ruleId: string, testCase: InvalidCase): Promise<CaseResult> {
    const { findings, stats, problems } = await this.#run(ruleId, testCase);
    if (stats) {
      const { missing, unexpected } = pairFindings(
        testCase.findings ?? [],
        findings,
      );
      for (const wanted of missing)
        problems.push(`expected a finding ${JSON.stringify(wanted)}`);
      if (missing.length > 0 || unexpected.length > 0) {
        problems.push(
          `the rule reported ${findings.length}:\n${findings.map(describe).join('\n') || '  (none)'}`,
        );
      }
      if (missing.length > 0 && stats.notApplicable > 0) {
        problems.push(
          `${stats.notApplicable} subject(s) lie outside the regions of the rule's plugin, which it does not judge: give the case's records a region code there`,
        );
      }
      if (stats.unknown > 0)
        problems.push(`it was unknown for want of ${missingFields(stats)}`);
    }

    return { ruleId, kind: 'invalid', name: testCase.name, problems };
  }

  /**
   * The findings a rule reports on a case, whatever the case expects.
   *
   * @param ruleId - The rule.
   * @param testCase - The case.
   * @returns The rule's findings, in the checker's order.
   */
  async findings(ruleId: string, testCase: RuleCase): Promise<Finding[]> {
    return (await this.#run(ruleId, testCase)).findings;
  }

  async #run(ruleId: string, testCase: RuleCase) {
    const checker = this.#checker(testCase.asOf ?? this.#asOf);
    const { findings, stats } = await checker.check(testCase.data);
    const ruleStats = stats.rules.find((rule) => rule.ruleId === ruleId);
    const problems: string[] = [];
    if (!ruleStats) {
      const skipped = stats.skipped.find((rule) => rule.ruleId === ruleId);
      problems.push(
        skipped
          ? `the rule did not run: ${skipped.reason}`
          : 'the rule is not in the plugin',
      );
    } else if (ruleStats.errors > 0) {
      problems.push(
        `the rule threw: ${ruleStats.errorSamples.map((e) => e.message).join('; ')}`,
      );
    }

    return {
      findings: findings.filter((finding) => finding.ruleId === ruleId),
      stats: ruleStats,
      problems,
    };
  }

  #checker(asOf: CalendarDate): Checker {
    let checker = this.#checkers.get(asOf);
    if (!checker) {
      checker = createChecker({ plugins: [this.#plugin], asOf });
      this.#checkers.set(asOf, checker);
    }

    return checker;
  }
}

function regionProblems(
  stats: RuleStats,
  outsideRegions: boolean | undefined,
): string[] {
  const judged = stats.fired + stats.passed + stats.unknown + stats.errors;
  if (outsideRegions) {
    return judged > 0
      ? [
          `the case says its subjects lie outside the rule's regions, but the rule judged ${judged}`,
        ]
      : [];
  }

  return judged === 0 && stats.notApplicable > 0
    ? [
        `the rule judged no subject: ${stats.notApplicable} lie outside the regions of its plugin, so the case proves nothing. Give the records a region code there, or mark the case outsideRegions: true`,
      ]
    : [];
}

function unknownProblems(
  stats: RuleStats,
  expected: readonly string[] | undefined,
): string[] {
  if (!expected) {
    return stats.unknown > 0
      ? [
          `expected a judgement, but it was unknown for want of ${missingFields(stats)}`,
        ]
      : [];
  }
  if (stats.unknown === 0) {
    return [
      `expected unknown for want of ${expected.join(', ')}, but it was judged`,
    ];
  }
  const got = Object.keys(stats.missing).sort();
  const want = [...expected].sort();

  return got.join() === want.join()
    ? []
    : [
        `expected unknown for want of ${want.join(', ')}, got ${got.join(', ')}`,
      ];
}

function missingFields(stats: RuleStats): string {
  return Object.keys(stats.missing).sort().join(', ') || 'no field named';
}

function describe(finding: Finding): string {
  const who = finding.memberId ?? finding.householdId ?? finding.regionCode;

  return `  ${who}: ${finding.message} ${JSON.stringify(finding.data)}`;
}
