import { type LoadProblem, RuleSetError } from '../errors.js';
import { RegionTable } from '../regions/region-table.js';
import { type CalendarDate, isCalendarDate } from '../values/calendar-date.js';
import {
  checkMessage,
  checkMetadata,
  countingReport,
  type RuleProblem,
} from './check-rule.js';
import {
  collectFacts,
  collectParameters,
  orderPlugins,
  resolveParameters,
} from './compose-plugins.js';
import {
  type DisabledRule,
  type Replaced,
  composeRules,
} from './compose-rules.js';
import type { Condition, TopLevelCondition } from './condition.js';
import {
  type ParameterEntry,
  pickPath,
  type ResolvedParameter,
} from './parameters.js';
import { resolveConditions } from './resolve-conditions.js';
import type {
  FactDefinition,
  Plugin,
  RuleDefinition,
  SubjectKind,
} from './types.js';
import type { SourcedValue } from './parameters.js';

/** A rule ready to run on one reference date. */
export interface LoadedRule {
  /** The rule as its plugin defines it. */
  definition: RuleDefinition;
  /** The plugin that defined it: for a replaced rule, the replacer. */
  source: string;
  /** Set when a plugin replaced the rule's first definition. */
  replaced?: Replaced;
  /**
   * Region code prefixes of the plugin that defined it: the rule judges
   * only subjects there (or of unknown region). Empty for everywhere.
   */
  regions: readonly string[];
  /** Conditions with shared conditions inlined and parameters resolved. */
  conditions: TopLevelCondition;
  /** Facts the conditions read. */
  facts: readonly string[];
  /** Parameters the rule uses, conditions and message together. */
  parameters: readonly string[];
  /**
   * Names in the message that refer to parameters: `povertyLine`, its
   * `povertyLine.year`, or a path into an object `welfareJobAge.min`.
   */
  messageParameters: readonly string[];
}

/** A fact with the plugin that defined it. */
export interface LoadedFact extends FactDefinition {
  /** The plugin that defined it, or `@duibiao/core` for field facts. */
  source: string;
}

/** A rule that cannot run on the reference date, and why. */
export interface SkippedRule {
  /** The rule's id. */
  ruleId: string;
  /** Why it cannot run, such as a parameter not yet in force. */
  reason: string;
}

/**
 * Plugins composed and resolved for one reference date: the rules that run,
 * the facts they read, the parameters in force, and where each came from.
 */
export interface RuleSet {
  /** The reference date the parameters were resolved for. */
  readonly asOf: CalendarDate;
  /** The plugins, bases first, with their versions. */
  readonly plugins: readonly {
    /** The plugin's package name. */
    name: string;
    /** Its version. */
    version: string;
  }[];
  /** The rules that run, in order. */
  readonly rules: readonly LoadedRule[];
  /** Rules that cannot run on this date (a parameter not yet in force). */
  readonly skipped: readonly SkippedRule[];
  /** Rules a plugin switched off, by whom and why. */
  readonly disabled: readonly DisabledRule[];
  /** Facts by subject kind and name. */
  readonly facts: ReadonlyMap<SubjectKind, ReadonlyMap<string, LoadedFact>>;
  /** Parameters in force, by name. */
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  /**
   * Every dated value of every parameter, by name, in the order plugins
   * set them, each with the plugin that set it.
   */
  readonly parameterValues: ReadonlyMap<string, readonly SourcedValue[]>;
  /** Region names from every plugin. */
  readonly regions: RegionTable;
}

/**
 * Composes plugins (each after the plugins it extends) and resolves their
 * rules for a reference date. Every problem is collected and thrown at
 * once, each naming plugin, rule and JSON path.
 *
 * @param plugins - The plugins to run; their `extends` are added first.
 * @param asOf - The reference date, `YYYY-MM-DD`.
 * @returns The rule set.
 * @throws {RuleSetError} When a rule names an unknown fact, parameter,
 * operator or shared condition, a condition is malformed, an id is defined
 * twice, `extends` has a cycle, a plugin replaces or switches off a rule
 * none of its bases defines, or two plugins neither of which extends the
 * other change the same rule or parameter.
 * @example
 * const ruleSet = loadRuleSet([shaanxi], '2020-09-30');
 */
export function loadRuleSet(
  plugins: readonly Plugin[],
  asOf: CalendarDate,
): RuleSet {
  if (!isCalendarDate(asOf) || asOf.length !== 10) {
    throw new TypeError(
      `asOf must be a YYYY-MM-DD date, not ${JSON.stringify(asOf)}`,
    );
  }

  const problems: LoadProblem[] = [];
  const ordered = orderPlugins(plugins, problems);
  const facts = collectFacts(ordered, problems);
  const parameters = collectParameters(ordered, problems);
  const resolvedParameters = resolveParameters(parameters, asOf);
  const regions = new RegionTable();
  for (const plugin of ordered) {
    for (const [code, name] of Object.entries(plugin.regionNames ?? {}))
      regions.add(code, name);
  }

  const composed = composeRules(ordered, problems);
  const rules: LoadedRule[] = [];
  const skipped: SkippedRule[] = [];
  for (const { rule, plugin, replaced } of composed.rules) {
    const report = (problem: RuleProblem) =>
      problems.push({ plugin: plugin.name, rule: rule.id, ...problem });
    const owner = replaced
      ? (ordered.find((p) => p.name === replaced.source) ?? plugin)
      : plugin;
    const loaded = loadRule(
      rule,
      plugin,
      owner.id,
      facts,
      parameters,
      resolvedParameters,
      report,
    );
    if (!loaded) continue;
    if ('skip' in loaded)
      skipped.push({ ruleId: rule.id, reason: loaded.skip });
    else rules.push(replaced ? { ...loaded, replaced } : loaded);
  }
  if (problems.length > 0) throw new RuleSetError(problems);

  return {
    asOf,
    plugins: ordered.map(({ name, version }) => ({ name, version })),
    rules,
    skipped,
    disabled: composed.disabled,
    facts,
    parameters: resolvedParameters,
    parameterValues: new Map(
      [...parameters].map(([name, entry]) => [name, entry.values]),
    ),
    regions,
  };
}

function loadRule(
  rule: RuleDefinition,
  plugin: Plugin,
  idPrefix: string,
  facts: ReadonlyMap<SubjectKind, ReadonlyMap<string, LoadedFact>>,
  parameters: ReadonlyMap<string, ParameterEntry>,
  resolved: ReadonlyMap<string, ResolvedParameter>,
  report: (problem: RuleProblem) => void,
): LoadedRule | { skip: string } | undefined {
  const before = countingReport(report);
  checkMetadata(rule, idPrefix, before.report);
  const subjectFacts = facts.get(rule.subject);
  if (!subjectFacts) return undefined;

  const shared = sharedConditions(plugin);
  const result = resolveConditions(
    rule.conditions,
    {
      hasFact: (name) => subjectFacts.has(name),
      hasParameter: (name) => parameters.has(name),
      parameter: (name) => resolved.get(name)?.value,
      condition: (name) => shared[name],
    },
    before.report,
  );
  const messageParameters = checkMessage(
    rule,
    subjectFacts,
    parameters,
    before.report,
  );
  for (const name of messageParameters) {
    const [root = '', ...path] = name.split('.');
    const value = resolved.get(root)?.value;
    if (value === undefined || path.join('.') === 'year' || path.length === 0)
      continue;
    if (pickPath(value, path) === undefined) {
      before.report({
        code: 'DUIBIAO_UNKNOWN_PARAMETER',
        path: 'message',
        message: `the message names {${name}}, but parameter ${root} has no ${path.join('.')}`,
      });
    }
  }
  if (before.count() > 0) return undefined;

  const roots = messageParameters.map((name) => name.split('.')[0] ?? name);
  const used = new Set([...result.parameters, ...roots]);
  const missing = [...used].filter((name) => !resolved.has(name));
  if (missing.length > 0) {
    return {
      skip: `parameter ${missing.join(', ')} has no value in force on this date`,
    };
  }

  return {
    definition: rule,
    source: plugin.name,
    regions: plugin.regions ?? [],
    conditions: result.conditions,
    facts: [...result.facts],
    parameters: [...used],
    messageParameters,
  };
}

/**
 * The shared conditions a plugin's rules may name as `{ "condition": name }`:
 * its own, then those of the plugins it extends, nearest first, so that
 * a plugin's own definition of a name wins over its bases'.
 *
 * @param plugin - The plugin whose rules name them.
 * @returns The conditions by name.
 * @example
 * Object.keys(sharedConditions(shaanxi)); // ['riskMarkedRemoved', 'unsafeHouse', …]
 */
export function sharedConditions(plugin: Plugin): Record<string, Condition> {
  // No prototype: a rule naming `constructor` finds no condition.
  const shared: Record<string, Condition> = Object.create(null);
  const queue: Plugin[] = [plugin];
  while (queue.length > 0) {
    const next = queue.shift() as Plugin;
    for (const [name, condition] of Object.entries(next.conditions ?? {}))
      shared[name] ??= condition;
    queue.push(...(next.extends ?? []));
  }

  return shared;
}
