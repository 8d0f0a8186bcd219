import {
  createChecker,
  type Dataset,
  type Finding,
  type Plugin,
  type RuleStats,
} from '@duibiao/core';

/** The reference date rule tests use unless they say otherwise. */
export const AS_OF = '2020-09-30';

/** What one rule did over a data set. */
export interface RuleRun {
  /** The rule's findings. */
  findings: Finding[];
  /** The rule's outcome counts. */
  stats: RuleStats;
  /** Every finding of every rule, to check that clean data stays clean. */
  all: Finding[];
}

/**
 * Runs a plugin over a data set and picks out one rule's findings and
 * counts. Not part of the package's public API.
 *
 * @param plugin - The plugin.
 * @param ruleId - The rule to look at.
 * @param dataset - The data.
 * @param asOf - The reference date.
 * @returns The rule's findings and counts.
 */
export async function runRule(
  plugin: Plugin,
  ruleId: string,
  dataset: Dataset,
  asOf = AS_OF,
): Promise<RuleRun> {
  const checker = createChecker({ plugins: [plugin], asOf });
  const { findings, stats } = await checker.check(dataset);
  const ruleStats = stats.rules.find((rule) => rule.ruleId === ruleId);
  if (!ruleStats) throw new Error(`rule ${ruleId} did not run`);

  return {
    findings: findings.filter((finding) => finding.ruleId === ruleId),
    stats: ruleStats,
    all: findings,
  };
}
