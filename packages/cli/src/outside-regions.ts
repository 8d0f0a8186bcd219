import type { Plugin, RuleStats } from '@duibiao/core';
import { ownRuleIds } from '@duibiao/plugin-sdk';

import type { OutsideRegions } from './print-summary.js';

/** The subjects counted outside a plugin's regions, by preference. */
const COUNTED_SUBJECTS = ['household', 'member', 'village'] as const;

/**
 * How many subjects lie outside the regions of the plugin a check ran: its
 * own rules did not judge them, while its parameter overrides and the
 * rules it switched off held for them. Counted by its first household
 * rule that ran (each counts the same), else a member or village rule;
 * a plugin without regions, or without such a rule, gives none.
 *
 * @param plugin - The plugin the check ran.
 * @param rules - The check's rule statistics.
 * @returns The count and what was counted, or nothing.
 */
export function outsideRegions(
  plugin: Plugin,
  rules: readonly RuleStats[],
): OutsideRegions | undefined {
  const regions = plugin.regions ?? [];
  if (regions.length === 0) return undefined;

  const own = ownRuleIds(plugin);
  for (const subject of COUNTED_SUBJECTS) {
    const counted = rules.find(
      (rule) => rule.subject === subject && own.has(rule.ruleId),
    );
    if (!counted) continue;
    return counted.notApplicable > 0
      ? { plugin: plugin.name, regions, subject, count: counted.notApplicable }
      : undefined;
  }

  return undefined;
}
