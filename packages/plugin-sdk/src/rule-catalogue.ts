import {
  type Action,
  type CalendarDate,
  type Category,
  type DisabledRule,
  type Indicator,
  type JsonValue,
  loadRuleSet,
  type Plugin,
  type RuleCases,
  type RuleDeadline,
  type RuleDefinition,
  type Severity,
  type SourcedValue,
  type SubjectKind,
} from '@duibiao/core';

/** A parameter a rule uses: the value in force and every dated value. */
export interface CatalogueParameter {
  /** The parameter's name. */
  name: string;
  /** One line in English. */
  description: string;
  /** Its unit, such as `元/人·年`. */
  unit?: string;
  /** The value in force on the reference date. */
  value: JsonValue;
  /** When it took effect; `null` for always. */
  from: CalendarDate | null;
  /** The plugin that set the value in force. */
  source: string;
  /** Every dated value, in the order plugins set them. */
  values: readonly SourcedValue[];
}

/** One rule of the final rule set, with where it came from. */
export interface CatalogueEntry {
  /** The rule's id. */
  id: string;
  /** Its short title in Chinese. */
  title: string;
  /** What it checks and why, when its plugin says. */
  description?: string;
  /** What it judges. */
  subject: SubjectKind;
  /** Which of the notice's four kinds of problem it finds. */
  category: Category;
  /** What its findings are about. */
  indicator: Indicator;
  /** How serious its findings are. */
  severity: Severity;
  /** The standard or document it enforces. */
  basis: string;
  /** The department that must act. */
  department: string;
  /** What should be done about its findings. */
  action: Action;
  /**
   * The time its findings are allowed, when the rule sets one (else a
   * ledger allows its severity's days).
   */
  deadline?: RuleDeadline;
  /** The parameters it uses, by name, with their values. */
  parameters: CatalogueParameter[];
  /** The plugin whose definition runs. */
  source: string;
  /** Set when a plugin replaced the rule: the first definer and the reason. */
  replaced?: {
    /** The plugin that first defined the rule. */
    source: string;
    /** Why it was replaced. */
    reason: string;
  };
  /** How many valid and invalid cases the defining plugin gives it. */
  tests: {
    /** Cases on which the rule must stay silent. */
    valid: number;
    /** Cases on which it must report. */
    invalid: number;
  };
  /** Set when the rule cannot run on the date, with the reason. */
  skipped?: string;
}

/** A plugin's final rule set, as a list for people and tools. */
export interface RuleCatalogue {
  /** The date whose parameter values are shown. */
  asOf: CalendarDate;
  /** The plugins loaded, bases first. */
  plugins: readonly {
    /** The plugin's package name. */
    name: string;
    /** Its version. */
    version: string;
  }[];
  /** Every rule that runs, in order. */
  rules: CatalogueEntry[];
  /** Rules of the bases switched off, by whom and why. */
  disabled: readonly DisabledRule[];
}

/**
 * Lists a plugin's final rule set: every rule after composition, with the
 * plugin that defined it, the parameters it uses with their dated values,
 * and the number of its test cases.
 *
 * @param plugin - The plugin; its bases are loaded with it.
 * @param asOf - The date whose parameter values are shown.
 * @returns The rules in order, and those switched off.
 * @throws {RuleSetError} When the plugin cannot be loaded.
 * @example
 * const { rules } = ruleCatalogue(shaanxi, '2020-09-30');
 */
export function ruleCatalogue(
  plugin: Plugin,
  asOf: CalendarDate,
): RuleCatalogue {
  const ruleSet = loadRuleSet([plugin], asOf);
  const byName = pluginsByName(plugin);
  const casesOf = (source: string, ruleId: string): RuleCases | undefined =>
    byName.get(source)?.tests?.[ruleId];
  const parameter = (name: string): CatalogueParameter[] => {
    const inForce = ruleSet.parameters.get(name);
    if (!inForce) return [];
    return [{ ...inForce, values: ruleSet.parameterValues.get(name) ?? [] }];
  };

  const entries: CatalogueEntry[] = ruleSet.rules.map((rule) => {
    const { definition } = rule;
    const cases = casesOf(rule.source, definition.id);
    return {
      ...metadata(definition),
      parameters: [...rule.parameters].sort().flatMap(parameter),
      source: rule.source,
      ...(rule.replaced ? { replaced: rule.replaced } : {}),
      tests: {
        valid: cases?.valid.length ?? 0,
        invalid: cases?.invalid.length ?? 0,
      },
    };
  });

  for (const { ruleId, reason } of ruleSet.skipped) {
    const found = lastDefinition(byName, ruleId);
    if (!found) continue;
    const cases = found.plugin.tests?.[ruleId];
    entries.push({
      ...metadata(found.definition),
      parameters: [],
      source: found.plugin.name,
      tests: {
        valid: cases?.valid.length ?? 0,
        invalid: cases?.invalid.length ?? 0,
      },
      skipped: reason,
    });
  }

  return {
    asOf,
    plugins: ruleSet.plugins,
    rules: entries,
    disabled: ruleSet.disabled,
  };
}

function metadata(definition: RuleDefinition) {
  return {
    id: definition.id,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    subject: definition.subject,
    category: definition.category,
    indicator: definition.indicator,
    severity: definition.severity,
    basis: definition.basis,
    department: definition.department,
    action: definition.action,
    ...(definition.deadline ? { deadline: definition.deadline } : {}),
  };
}

function lastDefinition(
  plugins: ReadonlyMap<string, Plugin>,
  ruleId: string,
): { definition: RuleDefinition; plugin: Plugin } | undefined {
  // Bases come after the plugins that build on them in the map: the
  // first definition met from the top is the one that runs.
  for (const plugin of plugins.values()) {
    const definition = [
      ...(plugin.replaces ?? []).map((replacement) => replacement.rule),
      ...(plugin.rules ?? []),
    ].find((rule) => rule.id === ruleId);
    if (definition) return { definition, plugin };
  }

  return undefined;
}

/**
 * A plugin and every plugin it builds on, by name.
 *
 * @param plugin - The plugin.
 * @returns The plugins by package name.
 */
export function pluginsByName(plugin: Plugin): Map<string, Plugin> {
  const found = new Map<string, Plugin>();
  const visit = (next: Plugin) => {
    if (found.has(next.name)) return;
    found.set(next.name, next);
    for (const base of next.extends ?? []) visit(base);
  };
  visit(plugin);

  return found;
}
