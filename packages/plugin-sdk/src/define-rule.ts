import type {
  Condition,
  FactDefinition,
  ParameterDefinition,
  Plugin,
  RuleDefinition,
  SubjectKind,
} from '@duibiao/core';

import type { NamesOf } from './define-plugin.js';
import type { PluginNames } from './names.js';
import type { TypedRule } from './typed-rule.js';

/** Defines rules checked against a set of names. */
export interface RuleAuthoring<N extends PluginNames> {
  /**
   * Defines a rule: its facts, parameters and shared conditions must be
   * among the names, its operator, category, indicator, severity and
   * action among duibiao's.
   *
   * @param rule - The rule.
   * @returns The rule, as plugins take it.
   */
  defineRule<K extends SubjectKind>(rule: TypedRule<K, N>): RuleDefinition;
}

/**
 * Rule authoring for a plugin: give it the plugins the plugin extends and
 * its own facts, parameters and shared conditions (only their types are
 * used), and its `defineRule` checks every name a rule uses at compile
 * time.
 *
 * @param names - The bases and the plugin's own definitions.
 * @returns A typed `defineRule`.
 * @example
 * const { defineRule } = ruleAuthoring({
 *   extends: [shaanxi],
 *   parameters: [monitoringLine],
 * });
 */
export function ruleAuthoring<
  const E extends readonly Plugin[] = readonly [],
  const F extends readonly FactDefinition<any>[] = readonly [],
  const P extends readonly ParameterDefinition[] = readonly [],
  const C extends Readonly<Record<string, Condition>> = Record<never, never>,
>(names: {
  extends?: E;
  facts?: F;
  parameters?: P;
  conditions?: C;
}): RuleAuthoring<NamesOf<E, F, P, C>> {
  void names;

  return { defineRule: (rule) => rule as RuleDefinition };
}

/**
 * Defines a rule whose operator, category, indicator, severity and
 * action are checked by the compiler; its fact and parameter names are
 * checked when its plugin is loaded. Use {@link ruleAuthoring} to have
 * the compiler check those too.
 *
 * @param rule - The rule.
 * @returns The rule.
 * @example
 * const noPhone = defineRule({
 *   id: 'xian/no-phone',
 *   subject: 'household',
 *   ...
 * });
 */
export function defineRule<K extends SubjectKind>(
  rule: TypedRule<K, PluginNames>,
): RuleDefinition {
  return rule as RuleDefinition;
}
