import { ownRuleIds, testPlugin } from '@duibiao/plugin-sdk';

import { type CommandIo, parseAsOf } from './check.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseCommand } from './parse-command.js';

/** Help of `duibiao test`. */
export const TEST_USAGE = `Usage: duibiao test --plugin <name|path> [--as-of <date>]

Runs a plugin's own test cases (valid and invalid subjects of each rule)
and checks the cases themselves: every rule the plugin defines or
replaces needs at least one valid and one invalid case, and every
invalid case must say which findings it expects.

  --plugin <name|path>  the plugin: a folder with package.json, a module
                        path, a package name, shaanxi or national
  --as-of <YYYY-MM-DD>  reference date of cases that give none
                        (default: 2020-09-30)

Exit codes: 0 every case passed, 1 a case failed or cases are missing,
2 usage error or a plugin that cannot be loaded.
`;

/**
 * Runs `duibiao test`.
 *
 * @param args - Arguments after `test`.
 * @param io - Working folder and output streams.
 * @returns 0 when every case passed and none is missing, else 1.
 */
export async function runTest(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { values, positionals } = parseCommand('test', args, {
    plugin: { type: 'string' },
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(TEST_USAGE);
    return 0;
  }
  if (positionals.length > 0 || values.plugin === undefined) {
    throw new UsageError(
      'test takes the plugin as an option: duibiao test --plugin <name|path>',
    );
  }

  const plugin = await loadPlugin(values.plugin as string, io.cwd);
  const asOf = values['as-of'] as string | undefined;
  const report = await testPlugin(
    plugin,
    asOf === undefined ? {} : { asOf: parseAsOf(asOf, asOf) },
  );

  // A rule of the plugin's own with no cases at all has no result: it is
  // listed, and counted, all the same.
  const results = new Map(report.rules.map((rule) => [rule.ruleId, rule]));
  const ruleIds = new Set([...ownRuleIds(plugin), ...results.keys()]);
  const incomplete = new Set(report.caseProblems.map((p) => p.ruleId));

  const lines: string[] = [`${report.plugin}`];
  for (const ruleId of ruleIds) {
    const rule = results.get(ruleId);
    const failed = rule?.failed ?? 0;
    const mark =
      failed > 0 ? 'FAIL' : incomplete.has(ruleId) ? 'MISSING' : 'ok';
    lines.push(
      `  ${mark.padEnd(MARK_WIDTH)} ${ruleId}  ${rule?.passed ?? 0}/${rule?.cases.length ?? 0} cases`,
    );
    for (const result of rule?.cases ?? []) {
      if (result.problems.length === 0) continue;
      lines.push(`${INDENT}✗ ${result.kind}: ${result.name}`);
      for (const problem of result.problems)
        lines.push(...problem.split('\n').map((line) => `${INDENT}  ${line}`));
    }
  }
  if (report.caseProblems.length > 0) {
    lines.push('', 'Cases missing or incomplete:');
    for (const problem of report.caseProblems)
      lines.push(`  ${problem.ruleId} ${problem.message}`);
  }
  const problems =
    report.caseProblems.length > 0
      ? `; ${counted(report.caseProblems.length, 'problem')} with the cases`
      : '';
  lines.push(
    '',
    `${counted(ruleIds.size, 'rule')}, ${counted(report.passed + report.failed, 'case')}: ${report.passed} passed, ${report.failed} failed${problems}`,
  );
  io.stdout(`${lines.join('\n')}\n`);

  return report.failed === 0 && report.caseProblems.length === 0 ? 0 : 1;
}

/** Width of a rule's mark: `ok`, `FAIL`, or `MISSING` for case problems. */
const MARK_WIDTH = 7;

/** Where a failed case's lines start: under the rule id. */
const INDENT = ' '.repeat(MARK_WIDTH + 3);

/** A count and its noun, plural unless the count is 1. */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
