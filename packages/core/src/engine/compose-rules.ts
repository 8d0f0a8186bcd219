import type { LoadProblem } from '../errors.js';
import type { Plugin, RuleDefinition } from './types.js';

/**
 * How plugins change the rules of the plugins they extend: a rule is
 * replaced (same id, new definition) or switched off, each with a reason,
 * and only by a plugin that builds on the rule's plugin. Two plugins
 * neither of which builds on the other may not change the same thing.
 */

/** A rule as composition leaves it, with where it came from. */
export interface ComposedRule {
  rule: RuleDefinition;
  /** The plugin whose definition runs: the replacer for a replaced rule. */
  plugin: Plugin;
  /** Set when a plugin replaced the rule's first definition. */
  replaced?: Replaced;
}

/** Who first defined a replaced rule, and why it was replaced. */
export interface Replaced {
  /** The plugin that first defined the rule. */
  source: string;
  /** The reason the replacing plugin gives. */
  reason: string;
}

/** A rule switched off, by whom and why. */
export interface DisabledRule {
  /** The id of the rule switched off. */
  ruleId: string;
  /** The plugin that defined the rule. */
  source: string;
  /** The plugin that switched it off. */
  by: string;
  /** Why it was switched off. */
  reason: string;
}

/** What composing the plugins' rules gives. */
export interface ComposedRules {
  /** The rules that are on, in the order their ids were first defined. */
  rules: ComposedRule[];
  disabled: DisabledRule[];
}

type Change =
  | { kind: 'replace'; plugin: Plugin; rule: RuleDefinition; reason: string }
  | { kind: 'disable'; plugin: Plugin; reason: string };

/**
 * Every plugin's bases, its own `extends` and theirs, transitively.
 *
 * @param ordered - Plugins, bases first.
 * @returns Each plugin's set of bases.
 */
export function basesOf(ordered: readonly Plugin[]): Map<Plugin, Set<Plugin>> {
  const bases = new Map<Plugin, Set<Plugin>>();
  for (const plugin of ordered) {
    const all = new Set<Plugin>();
    for (const base of plugin.extends ?? []) {
      const resolved = ordered.find((p) => p.name === base.name) ?? base;
      all.add(resolved);
      for (const further of bases.get(resolved) ?? []) all.add(further);
    }
    bases.set(plugin, all);
  }

  return bases;
}

/**
 * Whether two plugins are unrelated: neither builds on the other, so
 * neither may override what the other does.
 */
export function unrelated(
  a: Plugin,
  b: Plugin,
  bases: ReadonlyMap<Plugin, ReadonlySet<Plugin>>,
): boolean {
  return a !== b && !bases.get(a)?.has(b) && !bases.get(b)?.has(a);
}

/**
 * Composes the plugins' rules: each rule once, in the order plugins
 * define them, with replacements and switches applied in plugin order (a
 * plugin after the one it builds on).
 *
 * @param ordered - Plugins, bases first.
 * @param problems - Receives a rule id defined twice, a change to a rule
 * no base defines, a change without a reason, and two unrelated plugins
 * changing one rule.
 * @returns The rules that are on and those switched off.
 */
export function composeRules(
  ordered: readonly Plugin[],
  problems: LoadProblem[],
): ComposedRules {
  const bases = basesOf(ordered);
  const defined = new Map<string, ComposedRule>();
  for (const plugin of ordered) {
    for (const rule of plugin.rules ?? []) {
      const first = defined.get(rule.id);
      if (first) {
        problems.push({
          code: 'DUIBIAO_DUPLICATE',
          plugin: plugin.name,
          rule: rule.id,
          message: `rule id ${rule.id} is already defined by ${first.plugin.name}`,
        });
        continue;
      }
      defined.set(rule.id, { rule, plugin });
    }
  }

  const changes = collectChanges(ordered, defined, bases, problems);
  const rules: ComposedRule[] = [];
  const disabled: DisabledRule[] = [];
  for (const [id, original] of defined) {
    const last = changes.get(id)?.at(-1);
    if (!last) rules.push(original);
    else if (last.kind === 'disable') {
      disabled.push({
        ruleId: id,
        source: original.plugin.name,
        by: last.plugin.name,
        reason: last.reason,
      });
    } else {
      rules.push({
        rule: last.rule,
        plugin: last.plugin,
        replaced: { source: original.plugin.name, reason: last.reason },
      });
    }
  }

  return { rules, disabled };
}

function collectChanges(
  ordered: readonly Plugin[],
  defined: ReadonlyMap<string, ComposedRule>,
  bases: ReadonlyMap<Plugin, ReadonlySet<Plugin>>,
  problems: LoadProblem[],
): Map<string, Change[]> {
  const changes = new Map<string, Change[]>();
  const add = (id: unknown, change: Change, path: string) => {
    const report = (code: LoadProblem['code'], message: string) =>
      problems.push({
        code,
        plugin: change.plugin.name,
        ...(typeof id === 'string' ? { rule: id } : {}),
        path,
        message,
      });
    const target = typeof id === 'string' ? defined.get(id) : undefined;
    if (!target || !bases.get(change.plugin)?.has(target.plugin)) {
      report(
        'DUIBIAO_UNKNOWN_RULE',
        `${change.kind === 'replace' ? 'replaces' : 'disables'} ${JSON.stringify(id)}, which no plugin it extends defines`,
      );
      return;
    }
    if (typeof change.reason !== 'string' || change.reason.trim() === '') {
      problems.push({
        code: 'DUIBIAO_INVALID_RULE',
        plugin: change.plugin.name,
        rule: target.rule.id,
        path: path.replace(/\.(rule\.id|ruleId)$/, '.reason'),
        message: 'a reason is required',
      });
      return;
    }
    const earlier = changes.get(target.rule.id) ?? [];
    if (earlier.some((other) => other.plugin === change.plugin)) {
      report(
        'DUIBIAO_CONFLICT',
        `the plugin changes rule ${target.rule.id} twice (replaces and disables it, or either twice): keep one`,
      );
      return;
    }
    const rival = earlier.find((other) =>
      unrelated(other.plugin, change.plugin, bases),
    );
    if (rival) {
      report(
        'DUIBIAO_CONFLICT',
        `${rival.plugin.name} also changes rule ${target.rule.id}, and neither plugin extends the other: load one of them, or make one extend the other`,
      );
      return;
    }
    changes.set(target.rule.id, [...earlier, change]);
  };

  for (const plugin of ordered) {
    (plugin.replaces ?? []).forEach((replacement, index) =>
      add(
        replacement.rule?.id,
        { kind: 'replace', plugin, ...replacement },
        `replaces[${index}].rule.id`,
      ),
    );
    (plugin.disables ?? []).forEach((disable, index) =>
      add(
        disable.ruleId,
        { kind: 'disable', plugin, reason: disable.reason },
        `disables[${index}].ruleId`,
      ),
    );
  }

  return changes;
}
