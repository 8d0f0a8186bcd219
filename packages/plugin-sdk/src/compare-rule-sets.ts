import {
  type CalendarDate,
  createChecker,
  type Dataset,
  type Finding,
  type JsonValue,
  loadRuleSet,
  type Plugin,
  type RuleSet,
} from '@duibiao/core';

/** Options of {@link compareRuleSets}. */
export interface CompareOptions {
  /** The data both rule sets run over. */
  data: Dataset;
  /** The rule set under review: a new plugin or a new version. */
  proposed: Plugin;
  /** The rule set it is compared with. */
  baseline: Plugin;
  /** The reference date both run on. */
  asOf: CalendarDate;
  /**
   * Region code prefixes to compare in; findings elsewhere are left out.
   * By default the proposed plugin's own regions (everywhere when it has
   * none): a city's rule set is meant for the city's data.
   */
  regions?: readonly string[];
  /**
   * How many findings to show of each rule's added and removed.
   *
   * @default 3
   */
  examples?: number;
}

/** How one rule's findings differ between the two rule sets. */
export interface RuleChange {
  /** The rule's id. */
  ruleId: string;
  /** Its title, from the rule set that has it. */
  title: string;
  /** Where the rule stands: in both, or only in one of the rule sets. */
  presence: 'both' | 'proposed only' | 'baseline only';
  /** Findings the proposed rule set reports and the baseline does not. */
  added: number;
  /** Findings the baseline reports and the proposed rule set does not. */
  removed: number;
  /** Findings both report, with the same id. */
  kept: number;
  /** A few of the added and removed findings. */
  examples: {
    /** Findings only the proposed rule set reports. */
    added: Finding[];
    /** Findings only the baseline reports. */
    removed: Finding[];
  };
}

/** A parameter whose value in force differs between the rule sets. */
export interface ParameterChange {
  /** The parameter's name. */
  name: string;
  /** The value in force under the proposed rule set; absent when none. */
  proposed?: JsonValue;
  /** The value in force under the baseline; absent when none. */
  baseline?: JsonValue;
  /** The plugin that set the proposed value. */
  proposedSource?: string;
  /** The plugin that set the baseline's value. */
  baselineSource?: string;
}

/** What changes when the proposed rule set replaces the baseline. */
export interface RuleSetComparison {
  /** The reference date both ran on. */
  asOf: CalendarDate;
  /** The proposed plugin's name. */
  proposed: string;
  /** The baseline plugin's name. */
  baseline: string;
  /** The regions compared in; empty for everywhere. */
  regions: readonly string[];
  /** Parameters whose value in force differs. */
  parameters: ParameterChange[];
  /** Each rule with a difference (findings or presence), by rule id. */
  rules: RuleChange[];
  /** Totals over every rule. */
  totals: {
    /** Findings only the proposed rule set reports. */
    added: number;
    /** Findings only the baseline reports. */
    removed: number;
    /** Findings both report. */
    kept: number;
  };
}

/**
 * Runs two rule sets over the same data and tells, per rule, which
 * findings the proposed one adds and removes: the first question a
 * reviewer of a policy change asks. Findings are matched by id, which
 * stays the same while rule, subject and key evidence do.
 *
 * @param options - The data, the two plugins, the date and the regions.
 * @returns The parameters and rules that differ, with examples.
 * @throws {RuleSetError} When either plugin cannot be loaded.
 * @example
 * const comparison = await compareRuleSets({
 *   data, proposed: xian, baseline: shaanxi, asOf: '2020-09-30',
 * });
 */
export async function compareRuleSets(
  options: CompareOptions,
): Promise<RuleSetComparison> {
  const { data, proposed, baseline, asOf } = options;
  const regions = options.regions ?? proposed.regions ?? [];
  const limit = options.examples ?? 3;
  const inRegions = (finding: Finding) =>
    regions.length === 0 ||
    regions.some((prefix) => finding.regionCode?.startsWith(prefix));

  const sets = [loadRuleSet([proposed], asOf), loadRuleSet([baseline], asOf)];
  const [mine, theirs] = await Promise.all(
    [proposed, baseline].map(async (plugin) => {
      const checker = createChecker({ plugins: [plugin], asOf });
      const { findings } = await checker.check(data);

      return findings.filter(inRegions);
    }),
  );
  const rules = ruleChanges(
    sets[0] as RuleSet,
    sets[1] as RuleSet,
    mine ?? [],
    theirs ?? [],
    limit,
  );

  return {
    asOf,
    proposed: proposed.name,
    baseline: baseline.name,
    regions,
    parameters: parameterChanges(sets[0] as RuleSet, sets[1] as RuleSet),
    rules: rules.filter(
      (rule) => rule.added > 0 || rule.removed > 0 || rule.presence !== 'both',
    ),
    totals: {
      added: sum(rules, 'added'),
      removed: sum(rules, 'removed'),
      kept: sum(rules, 'kept'),
    },
  };
}

function ruleChanges(
  proposed: RuleSet,
  baseline: RuleSet,
  mine: readonly Finding[],
  theirs: readonly Finding[],
  limit: number,
): RuleChange[] {
  const titles = new Map<string, string>();
  const inProposed = new Set<string>();
  const inBaseline = new Set<string>();
  for (const rule of proposed.rules) {
    titles.set(rule.definition.id, rule.definition.title);
    inProposed.add(rule.definition.id);
  }
  for (const rule of baseline.rules) {
    if (!titles.has(rule.definition.id))
      titles.set(rule.definition.id, rule.definition.title);
    inBaseline.add(rule.definition.id);
  }

  const theirIds = new Set(theirs.map((finding) => finding.findingId));
  const myIds = new Set(mine.map((finding) => finding.findingId));
  const changes: RuleChange[] = [];
  for (const [ruleId, title] of titles) {
    const added = mine.filter(
      (f) => f.ruleId === ruleId && !theirIds.has(f.findingId),
    );
    const removed = theirs.filter(
      (f) => f.ruleId === ruleId && !myIds.has(f.findingId),
    );
    const kept = mine.filter(
      (f) => f.ruleId === ruleId && theirIds.has(f.findingId),
    ).length;
    changes.push({
      ruleId,
      title,
      presence: !inBaseline.has(ruleId)
        ? 'proposed only'
        : !inProposed.has(ruleId)
          ? 'baseline only'
          : 'both',
      added: added.length,
      removed: removed.length,
      kept,
      examples: {
        added: added.slice(0, limit),
        removed: removed.slice(0, limit),
      },
    });
  }

  return changes;
}

function parameterChanges(
  proposed: RuleSet,
  baseline: RuleSet,
): ParameterChange[] {
  const names = new Set([
    ...proposed.parameters.keys(),
    ...baseline.parameters.keys(),
  ]);
  const changes: ParameterChange[] = [];
  for (const name of [...names].sort()) {
    const mine = proposed.parameters.get(name);
    const theirs = baseline.parameters.get(name);
    if (JSON.stringify(mine?.value) === JSON.stringify(theirs?.value)) continue;
    changes.push({
      name,
      ...(mine ? { proposed: mine.value, proposedSource: mine.source } : {}),
      ...(theirs
        ? { baseline: theirs.value, baselineSource: theirs.source }
        : {}),
    });
  }

  return changes;
}

function sum(rules: readonly RuleChange[], key: 'added' | 'removed' | 'kept') {
  return rules.reduce((total, rule) => total + rule[key], 0);
}
