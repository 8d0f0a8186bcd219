import { type LoadProblem, RuleSetError } from '../errors.js';
import {
  ACTIONS,
  CATEGORIES,
  INDICATORS,
  SEVERITIES,
} from '../model/finding.js';
import { RegionTable } from '../regions/region-table.js';
import { type CalendarDate, isCalendarDate } from '../values/calendar-date.js';
import type { Condition, JsonValue, TopLevelCondition } from './condition.js';
import { fieldFacts } from './field-facts.js';
import { templateNames } from './message.js';
import {
  type ParameterEntry,
  pickPath,
  type ResolvedParameter,
  valueInForce,
} from './parameters.js';
import { resolveConditions } from './resolve-conditions.js';
import type {
  FactDefinition,
  Plugin,
  RuleDefinition,
  SubjectKind,
} from './types.js';

/** A rule ready to run on one reference date. */
export interface LoadedRule {
  /** The rule as its plugin defines it. */
  definition: RuleDefinition;
  /** The plugin that defined it. */
  source: string;
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
  ruleId: string;
  reason: string;
}

/**
 * Plugins composed and resolved for one reference date: the rules that run,
 * the facts they read, the parameters in force, and where each came from.
 */
export interface RuleSet {
  readonly asOf: CalendarDate;
  /** The plugins, bases first, with their versions. */
  readonly plugins: readonly { name: string; version: string }[];
  readonly rules: readonly LoadedRule[];
  /** Rules that cannot run on this date (a parameter not yet in force). */
  readonly skipped: readonly SkippedRule[];
  /** Facts by subject kind and name. */
  readonly facts: ReadonlyMap<SubjectKind, ReadonlyMap<string, LoadedFact>>;
  /** Parameters in force, by name. */
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  /** Region names from every plugin. */
  readonly regions: RegionTable;
}

const CORE = '@duibiao/core';
const SUBJECTS: readonly SubjectKind[] = ['household', 'member', 'village'];
const ID_PATTERN = /^[a-z0-9-]+(\/[a-z0-9][a-z0-9-]*)+$/;

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
 * twice or `extends` has a cycle.
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
  const parameters = collectParameters(ordered);
  const resolvedParameters = resolveParameters(parameters, asOf);
  const regions = new RegionTable();
  for (const plugin of ordered) {
    for (const [code, name] of Object.entries(plugin.regionNames ?? {}))
      regions.add(code, name);
  }

  const rules: LoadedRule[] = [];
  const skipped: SkippedRule[] = [];
  const seen = new Map<string, string>();
  for (const plugin of ordered) {
    for (const rule of plugin.rules ?? []) {
      const report = (problem: Omit<LoadProblem, 'plugin' | 'rule'>) =>
        problems.push({ plugin: plugin.name, rule: rule.id, ...problem });
      const first = seen.get(rule.id);
      if (first) {
        report({
          code: 'DUIBIAO_DUPLICATE',
          message: `rule id ${rule.id} is already defined by ${first}`,
        });
        continue;
      }
      seen.set(rule.id, plugin.name);

      const loaded = loadRule(
        rule,
        plugin,
        facts,
        parameters,
        resolvedParameters,
        report,
      );
      if (!loaded) continue;
      if ('skip' in loaded)
        skipped.push({ ruleId: rule.id, reason: loaded.skip });
      else rules.push(loaded);
    }
  }
  if (problems.length > 0) throw new RuleSetError(problems);

  return {
    asOf,
    plugins: ordered.map(({ name, version }) => ({ name, version })),
    rules,
    skipped,
    facts,
    parameters: resolvedParameters,
    regions,
  };
}

function orderPlugins(
  plugins: readonly Plugin[],
  problems: LoadProblem[],
): Plugin[] {
  const ordered: Plugin[] = [];
  const visiting: Plugin[] = [];

  const visit = (plugin: Plugin) => {
    if (ordered.includes(plugin)) return;
    if (visiting.includes(plugin)) {
      const cycle = [...visiting.slice(visiting.indexOf(plugin)), plugin].map(
        (p) => p.name,
      );
      problems.push({
        code: 'DUIBIAO_EXTENDS_CYCLE',
        plugin: plugin.name,
        message: `extends forms a cycle: ${cycle.join(' → ')}`,
      });
      return;
    }
    const twin = ordered.find((other) => other.name === plugin.name);
    if (twin) {
      if (twin.version !== plugin.version) {
        problems.push({
          code: 'DUIBIAO_DUPLICATE',
          plugin: plugin.name,
          message: `two versions are loaded: ${twin.version} and ${plugin.version}`,
        });
      }
      return;
    }
    visiting.push(plugin);
    for (const base of plugin.extends ?? []) visit(base);
    visiting.pop();
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin);

  return ordered;
}

function collectFacts(
  plugins: readonly Plugin[],
  problems: LoadProblem[],
): Map<SubjectKind, Map<string, LoadedFact>> {
  const facts = new Map<SubjectKind, Map<string, LoadedFact>>(
    SUBJECTS.map((kind) => [kind, new Map()]),
  );
  const add = (fact: FactDefinition, source: string) => {
    const byName = facts.get(fact.subject);
    if (!byName) {
      problems.push({
        code: 'DUIBIAO_INVALID_RULE',
        plugin: source,
        message: `fact ${fact.name} has unknown subject ${JSON.stringify(fact.subject)}`,
      });
      return;
    }
    const existing = byName.get(fact.name);
    if (existing) {
      problems.push({
        code: 'DUIBIAO_DUPLICATE',
        plugin: source,
        message: `fact ${fact.name} of ${fact.subject} is already defined by ${existing.source}`,
      });
      return;
    }
    byName.set(fact.name, { ...fact, source });
  };

  for (const fact of fieldFacts()) add(fact, CORE);
  for (const plugin of plugins) {
    for (const fact of plugin.facts ?? []) add(fact, plugin.name);
  }

  return facts;
}

function collectParameters(
  plugins: readonly Plugin[],
): Map<string, ParameterEntry> {
  const entries = new Map<string, ParameterEntry>();
  for (const plugin of plugins) {
    for (const definition of plugin.parameters ?? []) {
      const values = definition.values.map((value) => ({
        ...value,
        source: plugin.name,
      }));
      const entry = entries.get(definition.name);
      if (entry) entry.values.push(...values);
      else entries.set(definition.name, { definition, values });
    }
  }

  return entries;
}

function resolveParameters(
  entries: ReadonlyMap<string, ParameterEntry>,
  asOf: CalendarDate,
): Map<string, ResolvedParameter> {
  const resolved = new Map<string, ResolvedParameter>();
  for (const [name, { definition, values }] of entries) {
    const inForce = valueInForce(values, asOf);
    if (!inForce) continue;
    resolved.set(name, {
      name,
      description: definition.description,
      ...(definition.unit ? { unit: definition.unit } : {}),
      value: inForce.value,
      from: inForce.from,
      source: inForce.source,
    });
  }

  return resolved;
}

function loadRule(
  rule: RuleDefinition,
  plugin: Plugin,
  facts: ReadonlyMap<SubjectKind, ReadonlyMap<string, LoadedFact>>,
  parameters: ReadonlyMap<string, ParameterEntry>,
  resolved: ReadonlyMap<string, ResolvedParameter>,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): LoadedRule | { skip: string } | undefined {
  const before = countingReport(report);
  checkMetadata(rule, plugin, before.report);
  const subjectFacts = facts.get(rule.subject);
  if (!subjectFacts) return undefined;

  const result = resolveConditions(
    rule.conditions,
    {
      hasFact: (name) => subjectFacts.has(name),
      hasParameter: (name) => parameters.has(name),
      parameter: (name) => resolved.get(name)?.value,
      condition: (name) => sharedCondition(plugin, name),
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

function sharedCondition(plugin: Plugin, name: string): Condition | undefined {
  const queue: Plugin[] = [plugin];
  while (queue.length > 0) {
    const next = queue.shift() as Plugin;
    const found = next.conditions?.[name];
    if (found) return found;
    queue.push(...(next.extends ?? []));
  }

  return undefined;
}

function checkMetadata(
  rule: RuleDefinition,
  plugin: Plugin,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): void {
  const invalid = (path: string, message: string) =>
    report({ code: 'DUIBIAO_INVALID_RULE', path, message });

  if (
    typeof rule.id !== 'string' ||
    !ID_PATTERN.test(rule.id) ||
    !rule.id.startsWith(`${plugin.id}/`)
  ) {
    invalid(
      'id',
      `rule id must look like ${plugin.id}/family or ${plugin.id}/family/item, not ${JSON.stringify(rule.id)}`,
    );
  }
  if (!SUBJECTS.includes(rule.subject))
    invalid('subject', `subject must be one of ${SUBJECTS.join(', ')}`);
  const enums = [
    ['category', CATEGORIES],
    ['indicator', INDICATORS],
    ['severity', SEVERITIES],
    ['action', ACTIONS],
  ] as const;
  for (const [key, allowed] of enums) {
    if (!(allowed as readonly string[]).includes(rule[key])) {
      invalid(
        key,
        `${key} must be one of ${allowed.join(', ')}, not ${JSON.stringify(rule[key])}`,
      );
    }
  }
  for (const key of ['basis', 'department', 'title'] as const) {
    if (typeof rule[key] !== 'string' || rule[key].trim() === '')
      invalid(key, `${key} is required`);
  }
  if (
    typeof rule.message?.zh !== 'string' ||
    typeof rule.message?.en !== 'string'
  ) {
    invalid('message', 'message needs zh and en templates');
  }
}

function checkMessage(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, LoadedFact>,
  parameters: ReadonlyMap<string, ParameterEntry>,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): string[] {
  const used: string[] = [];
  const templates = [
    ['message.zh', rule.message?.zh],
    ['message.en', rule.message?.en],
  ] as const;
  for (const [path, template] of templates) {
    for (const name of templateNames(template ?? '')) {
      if (facts.has(name)) continue;
      if (parameters.has(name.split('.')[0] ?? name)) {
        if (!used.includes(name)) used.push(name);
        continue;
      }
      report({
        code: 'DUIBIAO_UNKNOWN_FACT',
        path,
        message: `the message names {${name}}, which is neither a fact of this subject nor a parameter`,
      });
    }
  }
  for (const [i, name] of (rule.evidence ?? []).entries()) {
    if (!facts.has(name)) {
      report({
        code: 'DUIBIAO_UNKNOWN_FACT',
        path: `evidence[${i}]`,
        message: `unknown fact ${JSON.stringify(name)}`,
      });
    }
  }

  return used;
}

function countingReport(
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
) {
  let count = 0;

  return {
    report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => {
      count += 1;
      report(problem);
    },
    count: () => count,
  };
}

/**
 * The parameter values a rule's message names: `povertyLine` is the value
 * in force, `povertyLine.year` the year it took effect, and
 * `welfareJobAge.min` a path into an object value.
 *
 * @param rule - A loaded rule.
 * @param parameters - The parameters in force.
 * @returns Values by the names the message uses.
 */
export function parameterData(
  rule: LoadedRule,
  parameters: ReadonlyMap<string, ResolvedParameter>,
): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  for (const name of rule.messageParameters) {
    const [root = '', ...path] = name.split('.');
    const parameter = parameters.get(root);
    if (!parameter) continue;

    const year = parameter.from ? Number(parameter.from.slice(0, 4)) : null;
    const value =
      path.length === 1 && path[0] === 'year'
        ? year
        : pickPath(parameter.value, path);
    data[name] = value ?? null;
  }

  return data;
}
