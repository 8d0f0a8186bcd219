import type { Category, Finding, Severity } from '../model/finding.js';

/** Finding counts by category, severity, indicator, county and rule. */
export interface FindingCounts {
  /** Every finding. */
  total: number;
  /** By the notice's four kinds of problem. */
  byCategory: Record<Category, number>;
  /** By severity. */
  bySeverity: Record<Severity, number>;
  /** By indicator, such as `income`. */
  byIndicator: Record<string, number>;
  /** By county name (or region code prefix when the name is unknown). */
  byCounty: Record<string, number>;
  /** By rule id. */
  byRule: Record<string, number>;
}

/**
 * Counts findings the ways a summary reports them.
 *
 * @param findings - Findings of a check.
 * @returns The counts; every category and severity is present, with 0.
 */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = {
    total: findings.length,
    byCategory: { 'policy-gap': 0, 'measure-gap': 0, risk: 0, 'data-error': 0 },
    bySeverity: { high: 0, medium: 0, low: 0 },
    byIndicator: {},
    byCounty: {},
    byRule: {},
  };
  const bump = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1;
  };

  for (const finding of findings) {
    counts.byCategory[finding.category] += 1;
    counts.bySeverity[finding.severity] += 1;
    bump(counts.byIndicator, finding.indicator);
    bump(
      counts.byCounty,
      finding.county ?? finding.regionCode?.slice(0, 6) ?? '未知',
    );
    bump(counts.byRule, finding.ruleId);
  }

  return counts;
}
