import { type CatalogueEntry, ruleCatalogue } from '@duibiao/plugin-sdk';

import { type CommandIo, parseAsOf } from './check.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseCommand, today } from './parse-command.js';
import { formatTable } from './table.js';

/** Help of `duibiao rules`. */
export const RULES_USAGE = `Usage: duibiao rules [--plugin <name|path>] [--as-of <date>] [--json]

Lists the final rule set of a plugin, its bases included: each rule with
the plugin that defined it, its parameters' values on the date, and the
number of its test cases; then the rules a plugin switched off.

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
  const catalogue = ruleCatalogue(
    plugin,
    parseAsOf(values['as-of'] as string | undefined, today()),
  );
  if (values.json) {
    io.stdout(`${JSON.stringify(catalogue.rules, null, 2)}\n`);
    return 0;
  }

  io.stdout(formatCatalogue(catalogue.rules, catalogue));

  return 0;
}

function formatCatalogue(
  rules: readonly CatalogueEntry[],
  catalogue: ReturnType<typeof ruleCatalogue>,
): string {
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
      [['rule', 'category', 'severity', 'source', 'cases', 'title'], ...rows],
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

  return `${lines.join('\n')}\n`;
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
      JSON.stringify(parameter.value),
      parameter.from ?? 'always',
      parameter.source,
      parameter.values.length > 1
        ? parameter.values
            .map(
              (v) =>
                `${v.from ?? 'always'}: ${JSON.stringify(v.value)} (${v.source})`,
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
