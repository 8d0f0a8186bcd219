import type { RuleSet } from '@duibiao/core';

import { compileRuleSet, outcomesQuery } from './compile-rule-set.js';
import type { SqlDialect } from './dialect.js';
import { createTables } from './schema.js';

/**
 * A SQL script that runs a rule set in a database: comments saying what it
 * is, the `CREATE TABLE` statements of the data format's tables and the
 * status tables, and one query per subject kind with a column per rule
 * (TRUE fires, FALSE passes, NULL is unknown) beside each subject's `_row`.
 * Rules without a SQL form are named in a comment, with the fact they lack,
 * and so are rules that do not run on the date, a parameter they read
 * having no value then.
 *
 * @param ruleSet - The rule set, loaded for a reference date.
 * @param dialect - The SQL dialect.
 * @returns The script; statements end with `;` and a blank line.
 */
export function sqlScript(ruleSet: RuleSet, dialect: SqlDialect): string {
  const compiled = compileRuleSet(ruleSet, { dialect });
  const judged = compiled.kinds.reduce((n, kind) => n + kind.rules.length, 0);
  // Rules a parameter has no value for on the date run nowhere, as in
  // duibiao check.
  const { skipped } = ruleSet;
  // Comments hold only names from the plugins' ids and facts, which load
  // checks; a line break cannot end a comment early.
  const comment = (text: string) => `-- ${text.replace(/[\r\n]+/g, ' ')}`;
  const lines = [
    comment(`duibiao rules in ${dialect.name} SQL, as of ${ruleSet.asOf}`),
    comment(
      `plugins: ${ruleSet.plugins.map((p) => `${p.name} ${p.version}`).join(', ')}`,
    ),
    comment(
      `${judged} rule${judged === 1 ? '' : 's'} compiled, ${compiled.notCompiled.length} left to the in-process engine` +
        (skipped.length > 0
          ? `, ${skipped.length} not run on ${ruleSet.asOf}`
          : ''),
    ),
    ...compiled.notCompiled.map((rule) =>
      comment(
        `  not compiled: ${rule.ruleId} (${rule.fact ?? 'no fact'}: ${rule.reason})`,
      ),
    ),
    ...skipped.map(({ ruleId, reason }) =>
      comment(`  not run on ${ruleSet.asOf}: ${ruleId} (${reason})`),
    ),
    '',
    comment('The tables of the data format, and the status tables'),
    '',
    ...createTables(dialect).map((statement) => `${statement};\n`),
  ];
  for (const kind of compiled.kinds) {
    lines.push(
      comment(
        `${kind.kind}: ${kind.rules.length} rule${kind.rules.length === 1 ? '' : 's'}; one column per rule`,
      ),
      `${outcomesQuery(kind, dialect)};`,
      '',
    );
  }

  return `${lines.join('\n')}\n`;
}
