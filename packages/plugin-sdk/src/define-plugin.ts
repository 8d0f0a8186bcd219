import type {
  Condition,
  FactDefinition,
  ParameterDefinition,
  Plugin,
  RuleCases,
  RuleDefinition,
  RuleDisable,
  RuleReplacement,
} from '@duibiao/core';

import type { FactKey, PluginNames } from './names.js';
import { pluginSpecProblems } from './plugin-spec-problems.js';

/**
 * A plugin that carries the names it and its bases define as types, for
 * the rules of the plugins that extend it. At run time it is a plain
 * {@link Plugin}.
 */
export interface TypedPlugin<N extends PluginNames = PluginNames>
  extends Plugin {
  /** Never set: the names exist for the compiler only. */
  readonly names?: N;
}

/**
 * The names a base makes available: a typed plugin's own, or any name
 * for a plugin not built with the SDK (its names are checked at load).
 */
export type BaseNames<B> = B extends {
  /** The names carried by a typed plugin. */
  readonly names?: infer N;
}
  ? N extends PluginNames
    ? N
    : PluginNames
  : PluginNames;

/** The names of a plugin: those of its bases and its own. */
export interface NamesOf<
  E extends readonly Plugin[],
  F extends readonly FactDefinition<any>[],
  P extends readonly ParameterDefinition[],
  C extends Readonly<Record<string, Condition>>,
> {
  /** Every fact as `kind:name`, such as `member:age`. */
  facts: BaseNames<E[number]>['facts'] | FactKey<F[number]>;
  /** Every parameter's name, such as `povertyLine`. */
  parameters: BaseNames<E[number]>['parameters'] | P[number]['name'];
  /** Every shared condition's name. */
  conditions: BaseNames<E[number]>['conditions'] | Extract<keyof C, string>;
}

/**
 * The names as plain unions of names. Mapping over them drops the
 * reference to the plugins, facts and parameters they came from, so that a
 * plugin's type, in its declaration file and its documentation, lists the
 * names instead of repeating every base plugin's definitions.
 */
type FlatNames<N> = Identity<{ [K in keyof N]: N[K] }>;
type Identity<T> = T;

/** What a plugin author writes; see {@link Plugin} for each field. */
export interface PluginSpec<
  E extends readonly Plugin[],
  F extends readonly FactDefinition<any>[],
  P extends readonly ParameterDefinition[],
  C extends Readonly<Record<string, Condition>>,
> {
  /** Package name, e.g. `@xian/duibiao-plugin`. */
  name: string;
  /** Short name used in rule ids, e.g. `xian`. */
  id: string;
  /** The package's version. */
  version: string;
  /** Region code prefixes the plugin's rules apply to; empty for everywhere. */
  regions?: readonly string[];
  /** The plugins it builds on. */
  extends?: E;
  /** Its parameters; one a base defines is an override. */
  parameters?: P;
  /** Its facts, each made with {@link defineFact}. */
  facts?: F;
  /** Named conditions its rules share. */
  conditions?: C;
  /** Its rules, each made with {@link defineRule} or {@link ruleAuthoring}. */
  rules?: readonly RuleDefinition[];
  /** Rules of its bases it replaces, each with the reason. */
  replaces?: readonly RuleReplacement[];
  /** Rules of its bases it switches off, each with the reason. */
  disables?: readonly RuleDisable[];
  /** Test cases by rule id, for its own rules and replacements. */
  tests?: Readonly<Record<string, RuleCases>>;
  /** Region names (code → name), for reports. */
  regionNames?: Readonly<Record<string, string>>;
}

/**
 * Defines a plugin. Its rules are checked when loaded (every fact,
 * parameter, operator and shared condition must exist; ids once); the
 * names it defines are carried as types so that a plugin extending it
 * gets its rules checked by the compiler.
 *
 * @param spec - Name, id, version, regions, the plugins it extends, and
 * its parameters, facts, conditions, rules, changes to its bases' rules,
 * and test cases.
 * @returns The plugin.
 * @throws {TypeError} When name, id or version is missing, the id is not
 * lower-case letters, digits and dashes, regions are not a list of 2 to
 * 12-digit region code prefixes, a test case names a rule the plugin
 * neither defines nor replaces, or the plugin both replaces and switches
 * off one rule.
 * @example
 * export const xian = definePlugin({
 *   name: '@xian/duibiao-plugin',
 *   id: 'xian',
 *   version: '1.0.0',
 *   regions: ['6101'],
 *   extends: [shaanxi],
 *   parameters: [monitoringLine],
 *   rules: [noHelperVisit],
 *   tests: { 'xian/no-helper-visit': noHelperVisitCases },
 * });
 */
export function definePlugin<
  const E extends readonly Plugin[] = readonly [],
  const F extends readonly FactDefinition<any>[] = readonly [],
  const P extends readonly ParameterDefinition[] = readonly [],
  const C extends Readonly<Record<string, Condition>> = Record<never, never>,
>(spec: PluginSpec<E, F, P, C>): TypedPlugin<FlatNames<NamesOf<E, F, P, C>>> {
  for (const key of ['name', 'id', 'version'] as const) {
    if (typeof spec[key] !== 'string' || spec[key].trim() === '') {
      throw new TypeError(
        `a plugin needs a ${key} (a non-empty string), not ${JSON.stringify(spec[key])}`,
      );
    }
  }

  const [problem] = pluginSpecProblems({ ...spec });
  if (problem) {
    throw new TypeError(
      `plugin ${spec.name}: ${problem.path} ${problem.message}`,
    );
  }

  return { ...spec } as TypedPlugin<FlatNames<NamesOf<E, F, P, C>>>;
}
