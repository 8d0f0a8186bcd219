import type { LoadProblem } from '../errors.js';
import type { CalendarDate } from '../values/calendar-date.js';
import { fieldFacts } from './field-facts.js';
import {
  type ParameterEntry,
  type ResolvedParameter,
  valueInForce,
} from './parameters.js';
import { basesOf, unrelated } from './compose-rules.js';
import type { LoadedFact } from './rule-set.js';
import {
  type FactDefinition,
  type ParameterDefinition,
  type Plugin,
  SUBJECT_KINDS,
  type SubjectKind,
} from './types.js';

/**
 * How plugins combine: each after the plugins it extends, facts merged
 * with field facts, parameters' dated values gathered by name and
 * resolved for a reference date.
 */

const CORE = '@duibiao/core';

/**
 * Orders plugins so that each comes after the plugins it extends; a cycle
 * or two versions of one plugin are reported.
 *
 * @param plugins - The plugins asked for.
 * @param problems - Receives the problems found.
 * @returns Every plugin once, bases first.
 */
export function orderPlugins(
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
    checkRegions(plugin, problems);
    visiting.push(plugin);
    for (const base of plugin.extends ?? []) visit(base);
    visiting.pop();
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin);

  return ordered;
}

const REGION_PREFIX = /^\d{2,12}$/;

/** A plugin's regions must be a list of region code prefixes. */
function checkRegions(plugin: Plugin, problems: LoadProblem[]): void {
  const { regions } = plugin;
  const report = (path: string, message: string) =>
    problems.push({
      code: 'DUIBIAO_INVALID_PLUGIN',
      plugin: plugin.name,
      path,
      message,
    });
  if (regions === undefined) return;
  if (!Array.isArray(regions)) {
    report(
      'regions',
      `regions must be a list of region code prefixes such as ["6103"], not ${JSON.stringify(regions)}`,
    );
    return;
  }
  regions.forEach((prefix: unknown, i) => {
    if (typeof prefix !== 'string' || !REGION_PREFIX.test(prefix)) {
      report(
        `regions[${i}]`,
        `a region code prefix is 2 to 12 digits, not ${JSON.stringify(prefix)}`,
      );
    }
  });
}

/**
 * Every fact by subject kind: the field facts of the core, then each
 * plugin's; a name defined twice for one kind is reported.
 *
 * @param plugins - Ordered plugins.
 * @param problems - Receives the problems found.
 * @returns Facts by kind and name.
 */
export function collectFacts(
  plugins: readonly Plugin[],
  problems: LoadProblem[],
): Map<SubjectKind, Map<string, LoadedFact>> {
  const facts = new Map<SubjectKind, Map<string, LoadedFact>>(
    SUBJECT_KINDS.map((kind) => [kind, new Map()]),
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
    if (typeof fact.name !== 'string' || fact.name.startsWith('$')) {
      // Names starting with $ are the evaluators' own ($run carries a
      // subject through json-rules-engine).
      problems.push({
        code: 'DUIBIAO_INVALID_RULE',
        plugin: source,
        message: `fact name ${JSON.stringify(fact.name)} must not start with $`,
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

/**
 * Every parameter's definition and dated values, gathered by name across
 * plugins in order: a plugin that defines a parameter one of its bases
 * defines overrides it, its values winning from their dates on.
 *
 * @param plugins - Ordered plugins.
 * @param problems - Receives two plugins, neither of which extends the
 * other, setting the same parameter.
 * @returns Parameters by name.
 */
export function collectParameters(
  plugins: readonly Plugin[],
  problems: LoadProblem[] = [],
): Map<string, ParameterEntry> {
  const entries = new Map<string, ParameterEntry>();
  const setters = new Map<string, Plugin[]>();
  const bases = basesOf(plugins);
  for (const plugin of plugins) {
    (plugin.parameters ?? []).forEach((definition, index) => {
      const earlier = setters.get(definition.name) ?? [];
      const rival = earlier.find((other) => unrelated(other, plugin, bases));
      if (rival) {
        problems.push({
          code: 'DUIBIAO_CONFLICT',
          plugin: plugin.name,
          path: `parameters[${index}]`,
          message: `parameter ${definition.name} is also set by ${rival.name}, and neither plugin extends the other: load one of them, or make one extend the other`,
        });
        return;
      }
      setters.set(definition.name, [...earlier, plugin]);

      const values = definition.values.map((value) => ({
        ...value,
        source: plugin.name,
      }));
      const entry = entries.get(definition.name);
      if (entry) checkOverride(entry, definition, plugin, index, problems);
      if (entry) {
        entry.values.push(...values);
        entry.bySource.set(plugin.name, definition);
      } else {
        entries.set(definition.name, {
          definition,
          values,
          bySource: new Map([[plugin.name, definition]]),
        });
      }
    });
  }

  return entries;
}

const KINDS: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  object: 'an object',
};

/** `number`, `string`, `boolean`, `null`, `array` or `object`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';

  return typeof value;
}

/**
 * An override must give values of the kind the base's are: a line of
 * "6800" (text) where the base has 6000 would fail every rule using it,
 * far from the mistake.
 */
function checkOverride(
  entry: ParameterEntry,
  definition: ParameterDefinition,
  plugin: Plugin,
  index: number,
  problems: LoadProblem[],
): void {
  const base = entry.values[0];
  if (!base || base.value === null) return;

  const kind = kindOf(base.value);
  definition.values.forEach(({ value }, i) => {
    if (value === null || kindOf(value) === kind) return;
    problems.push({
      code: 'DUIBIAO_INVALID_PLUGIN',
      plugin: plugin.name,
      path: `parameters[${index}].values[${i}].value`,
      message: `parameter ${definition.name} overrides ${base.source}'s, whose value is ${KINDS[kind]} (${JSON.stringify(base.value)}), with ${KINDS[kindOf(value)]} (${JSON.stringify(value)})`,
    });
  });
}

/**
 * The value of each parameter in force on a date; parameters with none in
 * force are left out.
 *
 * @param entries - Parameters by name.
 * @param asOf - The reference date.
 * @returns Resolved parameters by name.
 */
export function resolveParameters(
  entries: ReadonlyMap<string, ParameterEntry>,
  asOf: CalendarDate,
): Map<string, ResolvedParameter> {
  const resolved = new Map<string, ResolvedParameter>();
  for (const [name, { definition, values, bySource }] of entries) {
    const inForce = valueInForce(values, asOf);
    if (!inForce) continue;
    // The description and unit of the plugin whose value is in force: a
    // city's line is described as the city's.
    const own = bySource.get(inForce.source) ?? definition;
    const unit = own.unit ?? definition.unit;
    resolved.set(name, {
      name,
      description: own.description ?? definition.description,
      ...(unit ? { unit } : {}),
      value: inForce.value,
      from: inForce.from,
      source: inForce.source,
    });
  }

  return resolved;
}
