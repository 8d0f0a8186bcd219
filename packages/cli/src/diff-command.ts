import { resolve } from 'node:path';

import { type Finding, maskIdNumber } from '@duibiao/core';
import { maskPrivateText, readFolder } from '@duibiao/io';
import { compareRuleSets, type RuleSetComparison } from '@duibiao/plugin-sdk';

import { type CommandIo, parseAsOf } from './check.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseCommand, today } from './parse-command.js';

/** Help of `duibiao diff`. */
export const DIFF_USAGE = `Usage: duibiao diff <folder> --plugin <A> --against <B> [options]

Runs two rule sets over the same folder and shows, per rule, the findings
A adds and removes compared with B, with examples: what a policy change
does before it ships. Findings are matched by id (rule, subject and key
evidence).

  --plugin <A>          the rule set under review (name or path)
  --against <B>         the rule set it replaces (default: shaanxi)
  --as-of <YYYY-MM-DD>  reference date (default: today)
  --region <prefixes>   compare only findings in these region codes,
                        comma-separated (default: A's own regions; a city
                        plugin is meant for the city's data)
  --examples <n>        findings shown per rule and direction, 0 to 1000
                        (default 3)
  --json                the comparison as JSON (full ID numbers)
`;

/**
 * Runs `duibiao diff`.
 *
 * @param args - Arguments after `diff`.
 * @param io - Working folder and output streams.
 * @returns The exit code: 0 when the comparison ran.
 * @throws {InputError} When the folder cannot be read.
 */
export async function runDiff(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { values, positionals } = parseCommand('diff', args, {
    plugin: { type: 'string' },
    against: { type: 'string', default: 'shaanxi' },
    'as-of': { type: 'string' },
    region: { type: 'string' },
    examples: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(DIFF_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || values.plugin === undefined) {
    throw new UsageError(
      'diff takes one folder and --plugin: duibiao diff <folder> --plugin <A> --against <B>',
    );
  }
  const examples = Number(values.examples);
  if (!/^\d+$/.test(String(values.examples)) || examples > MAX_EXAMPLES)
    throw new UsageError(
      `--examples takes a whole number from 0 to ${MAX_EXAMPLES}, not ${JSON.stringify(values.examples)}`,
    );
  const regions = parseRegions(values.region as string | undefined);

  const asOf = parseAsOf(values['as-of'] as string | undefined, today());
  const proposed = await loadPlugin(values.plugin as string, io.cwd);
  const baseline = await loadPlugin(values.against as string, io.cwd);
  const folder = positionals[0] as string;
  const read = await readFolder(resolve(io.cwd, folder));
  const comparison = await compareRuleSets({
    data: read.dataset,
    proposed,
    baseline,
    asOf,
    examples,
    ...(regions ? { regions } : {}),
  });

  if (values.json) io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
  else io.stdout(formatComparison(comparison, folder, read.rejected.length));

  return 0;
}

/** The most examples shown per rule and direction. */
const MAX_EXAMPLES = 1000;

/**
 * The region code prefixes of `--region`: at least one, each 2 to 12
 * digits. A prefix of letters or of one digit matches no region code, so
 * the comparison would show nothing and look like no change.
 *
 * @throws {UsageError} When a prefix is not 2 to 12 digits, or none is given.
 */
function parseRegions(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;

  const prefixes = value
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (prefixes.length === 0 || !prefixes.every((p) => /^\d{2,12}$/.test(p)))
    throw new UsageError(
      `--region takes region code prefixes of 2 to 12 digits, comma-separated (6101,6103), not ${JSON.stringify(value)}`,
    );

  return prefixes;
}

/**
 * The comparison as text for a reviewer; ID numbers masked.
 *
 * @param comparison - What {@link compareRuleSets} gave.
 * @param folder - The folder, as the user named it.
 * @param rejected - How many input rows were rejected.
 * @returns Lines of text.
 */
export function formatComparison(
  comparison: RuleSetComparison,
  folder: string,
  rejected: number,
): string {
  const where =
    comparison.regions.length > 0
      ? `, in regions ${comparison.regions.join(', ')}`
      : '';
  const lines = [
    `${comparison.proposed} against ${comparison.baseline}`,
    `on ${folder} as of ${comparison.asOf}${where}${rejected > 0 ? ` (${rejected} rows rejected, not checked)` : ''}`,
    '',
  ];

  if (comparison.parameters.length > 0) {
    lines.push('Parameters that differ:');
    for (const p of comparison.parameters) {
      lines.push(
        `  ${p.name}: ${show(p.baseline, p.baselineSource)} → ${show(p.proposed, p.proposedSource)}`,
      );
    }
    lines.push('');
  }

  if (comparison.rules.length === 0) lines.push('No rule reports differently.');
  for (const rule of comparison.rules) {
    const presence = rule.presence === 'both' ? '' : ` [${rule.presence}]`;
    lines.push(
      `${rule.ruleId} ${rule.title}${presence}: +${rule.added} −${rule.removed} (${rule.kept} unchanged)`,
    );
    for (const finding of rule.examples.added)
      lines.push(`  + ${subject(finding)}  ${maskPrivateText(finding.message)}`);
    for (const finding of rule.examples.removed)
      lines.push(`  − ${subject(finding)}  ${maskPrivateText(finding.message)}`);
  }

  const { added, removed, kept } = comparison.totals;
  lines.push('', `In all: +${added} −${removed}, ${kept} unchanged`);

  return `${lines.join('\n')}\n`;
}

function show(value: unknown, source: string | undefined): string {
  return value === undefined
    ? 'none'
    : `${JSON.stringify(value)} (${source ?? '?'})`;
}

function subject(finding: Finding): string {
  const member = finding.memberId ? ` ${maskIdNumber(finding.memberId)}` : '';

  return `${finding.householdId ?? finding.regionCode ?? ''}${member}`;
}
