import {
  type CalendarDate,
  type LoadedRule,
  loadRuleSet,
  type Plugin,
  RuleSetError,
} from '@duibiao/core';
import { type CatalogueEntry, ruleCatalogue } from '@duibiao/plugin-sdk';

import { type CommandIo, parseAsOf } from './check.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseCommand, today } from './parse-command.js';
import { displayWidth, formatTable } from './table.js';

/** Help of `duibiao rules`. */
export const RULES_USAGE = `Usage: duibiao rules [--plugin <name|path>] [--as-of <date>] [--json]

Lists the final rule set of a plugin, its bases included: each rule with
the plugin that defined it, its parameters' values on the date, and the
number of its valid and invalid test cases; then the rules a plugin
switched off, and the parameters the plugin sets that no rule names.

  --plugin <name|path>  shaanxi (default), national, a package or a path
  --as-of <YYYY-MM-DD>  the date whose parameter values are shown
                        (default: today)
  --json                an array of rules as JSON, for tools
`;

/**
 * Runs `duibiao rules`.
 *
 * @param args - Arguments after `rules`.
 * @param io - Working folder and output streams.
 * @returns The exit code.
 */
export async function runRules(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { values, positionals } = parseCommand('rules', args, {
    plugin: { type: 'string', default: 'shaanxi' },
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      `rules takes no folder, only options: duibiao rules --plugin <name|path>`,
    );
  }

  const plugin = await loadPlugin(values.plugin as string, io.cwd);
  const asOf = parseAsOf(values['as-of'] as string | undefined, today());
  const catalogue = ruleCatalogue(plugin, asOf);
  if (values.json) {
    io.stdout(`${JSON.stringify(catalogue.rules, null, 2)}\n`);
    return 0;
  }

  const lines = formatCatalogue(catalogue.rules, catalogue);
  const unused = unusedParameters(plugin, asOf);
  if (unused.length > 0) {
    lines.push('', `Parameters ${plugin.name} sets that no rule names:`);
    for (const name of unused)
      lines.push(
        `  ${name}: used by no rule's conditions or message; a fact may still read it`,
      );
  }
  io.stdout(`${lines.join('\n')}\n`);

  return 0;
}

/**
 * The parameters a plugin sets itself that no rule of its final rule set
 * names in its conditions or message: a misspelt override (`monitoringLin`)
 * changes nothing and would otherwise go unseen.
 */
function unusedParameters(plugin: Plugin, asOf: CalendarDate): string[] {
  const ruleSet = loadRuleSet([plugin], asOf);
  const own = [...ruleSet.parameterValues]
    .filter(([, values]) => values.some((v) => v.source === plugin.name))
    .map(([name]) => name);
  if (own.length === 0) return [];

  // A rule skipped on the date for want of a parameter in force still
  // names its parameters: on the last day every parameter with a value
  // has one in force, so no rule is skipped then.
  const rules: LoadedRule[] = [...ruleSet.rules];
  try {
    rules.push(...loadRuleSet([plugin], LAST_DAY).rules);
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
  }
  const used = new Set(rules.flatMap((rule) => rule.parameters));

  return own.filter((name) => !used.has(name)).sort();
}

/** A date after every parameter value's. */
const LAST_DAY = '9999-12-31';

/** The widest JSON value shown in the parameter table, in columns. */
const VALUE_WIDTH = 40;

function formatCatalogue(
  rules: readonly CatalogueEntry[],
  catalogue: ReturnType<typeof ruleCatalogue>,
): string[] {
  const plugins = catalogue.plugins
    .map(({ name, version }) => `${name} ${version}`)
    .join(' → ');
  const rows = rules.map((rule) => [
    rule.id,
    rule.category,
    rule.severity,
    rule.replaced
      ? `${rule.source} (replaces ${rule.replaced.source})`
      : rule.source,
    `${rule.tests.valid}/${rule.tests.invalid}`,
    rule.skipped ? `not on ${catalogue.asOf}` : rule.title,
  ]);
  const lines = [
    `${rules.length} rules of ${plugins}, as of ${catalogue.asOf}`,
    '',
    ...formatTable(
      [
        ['rule', 'category', 'severity', 'source', 'valid/invalid', 'title'],
        ...rows,
      ],
      'llllll',
    ),
  ];

  const replaced = rules.filter((rule) => rule.replaced);
  if (replaced.length > 0) {
    lines.push('', 'Replaced:');
    for (const rule of replaced)
      lines.push(`  ${rule.id} by ${rule.source}: ${rule.replaced?.reason}`);
  }
  if (catalogue.disabled.length > 0) {
    lines.push('', 'Switched off:');
    for (const rule of catalogue.disabled)
      lines.push(
        `  ${rule.ruleId} (${rule.source}) by ${rule.by}: ${rule.reason}`,
      );
  }
  lines.push('', ...parameterLines(rules));

  return lines;
}

function parameterLines(rules: readonly CatalogueEntry[]): string[] {
  const seen = new Map<string, CatalogueEntry['parameters'][number]>();
  for (const rule of rules)
    for (const parameter of rule.parameters)
      seen.set(parameter.name, parameter);
  if (seen.size === 0) return [];

  const rows = [...seen.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((parameter) => [
      parameter.name,
      shortJson(parameter.value),
      parameter.from ?? 'always',
      parameter.source,
      parameter.values.length > 1
        ? parameter.values
            .map(
              (v) =>
                `${v.from ?? 'always'}: ${shortJson(v.value)} (${v.source})`,
            )
            .join('; ')
        : '',
    ]);

  return [
    'Parameters in force:',
    ...formatTable(
      [['parameter', 'value', 'from', 'source', 'all values'], ...rows],
      'lllll',
    ).map((line) => `  ${line}`),
  ];
}

/**
 * A value as JSON, cut with an ellipsis to {@link VALUE_WIDTH} columns so
 * that one long list or object does not widen the whole table; --json
 * gives it whole.
 */
function shortJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (displayWidth(json) <= VALUE_WIDTH) return json;

  // The ellipsis takes the last column.
  let kept = '';
  let width = 0;
  for (const char of json) {
    width += displayWidth(char);
    if (width > VALUE_WIDTH - 1) break;
    kept += char;
  }

  return `${kept}…`;
}
