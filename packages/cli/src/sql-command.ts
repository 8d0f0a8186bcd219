import { loadRuleSet } from '@duibiao/core';
import { DIALECTS, dialectNamed, sqlScript } from '@duibiao/sql';

import { type CommandIo, parseAsOf } from './check.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseCommand, today } from './parse-command.js';

const NAMES = Object.keys(DIALECTS).join(', ');

/** Help of `duibiao sql`. */
export const SQL_USAGE = `Usage: duibiao sql --dialect <name> [--plugin <name|path>] [--as-of <date>]

Writes to standard output a SQL script that runs a plugin's rules in a
database: the tables of the data format (one per file of the folder a
check reads, a column per field, and _row, the row's place in its file),
and one query per subject kind whose columns say for each rule whether it
fires (TRUE), passes (FALSE) or is unknown (NULL) on each subject.
Parameters are taken as of the date. Rules whose facts have no SQL form
yet are named in a comment at the top (they run only in-process), and so
are rules a parameter has no value for on the date (they run nowhere).

  --dialect <name>      ${NAMES}
  --plugin <name|path>  shaanxi (default), national, a package or a path
  --as-of <YYYY-MM-DD>  the reference date (default: today)
`;

/**
 * Runs `duibiao sql`.
 *
 * @param args - Arguments after `sql`.
 * @param io - Working folder and output streams.
 * @returns The exit code.
 */
export async function runSql(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { values, positionals } = parseCommand('sql', args, {
    dialect: { type: 'string' },
    plugin: { type: 'string', default: 'shaanxi' },
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(SQL_USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(
      'sql takes no folder, only options: duibiao sql --dialect <name>',
    );
  const name = values.dialect as string | undefined;
  const dialect = name === undefined ? undefined : dialectNamed(name);
  if (dialect === undefined)
    throw new UsageError(
      name === undefined
        ? `sql needs --dialect: ${NAMES}`
        : `--dialect takes ${NAMES}, not ${JSON.stringify(name)}`,
    );

  const plugin = await loadPlugin(values.plugin as string, io.cwd);
  const asOf = parseAsOf(values['as-of'] as string | undefined, today());
  io.stdout(sqlScript(loadRuleSet([plugin], asOf), dialect));

  return 0;
}
