import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

import type { CommandIo } from './check.js';
import { UsageError } from './errors.js';
import { parseCommand } from './parse-command.js';
import { scaffoldFiles } from './scaffold.js';

/** Help of `duibiao init`. */
export const INIT_USAGE = `Usage: duibiao init <dir> [--id <id>] [--name <package>] [--region <code>]

Writes a city plugin package that extends the Shaanxi plugin: one
parameter override (the monitoring line from a date), one rule, its test
cases and a README. It passes its tests out of the box: npm test runs
duibiao test --plugin . in it. The @duibiao packages are not on the npm
registry: write it inside a checkout of duibiao, where they resolve, or
npm link them from one (its README says how).

  --id <id>          plugin id used in rule ids (default: from <dir>)
  --name <package>   package name (default: duibiao-plugin-<id>)
  --region <code>    region code prefix of the city, in Shaanxi: 61
                     and up to 10 more digits (default: 6101)
`;

/**
 * Runs `duibiao init`: writes the scaffold into a new or empty folder.
 *
 * @param args - Arguments after `init`.
 * @param io - Working folder and output streams.
 * @returns 0 when written.
 * @throws {UsageError} When the folder holds files, or an option is bad.
 */
export async function runInit(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { values, positionals } = parseCommand('init', args, {
    id: { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string', default: '6101' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(INIT_USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError('init takes one folder: duibiao init <dir>');

  const dir = resolve(io.cwd, positionals[0] as string);
  const given = values.id as string | undefined;
  const id =
    given ??
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  if (given === undefined && id === '') {
    throw new UsageError(
      `no id can be made from the folder name ${JSON.stringify(basename(dir))}: give one with --id <id> (lower-case letters, digits and dashes)`,
    );
  }
  if (!/^[a-z0-9-]+$/.test(id)) {
    throw new UsageError(
      `--id must be lower-case letters, digits and dashes, not ${JSON.stringify(id)}`,
    );
  }
  const region = values.region as string;
  // The plugin extends Shaanxi, whose region codes all start with 61.
  if (!/^61\d{0,10}$/.test(region))
    throw new UsageError(
      `--region takes 2 to 12 digits starting with 61 (the plugin extends Shaanxi), not ${JSON.stringify(region)}`,
    );
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(
      `${positionals[0]} is a file: init writes into a new or empty folder`,
    );
  if (existsSync(dir) && (await readdir(dir)).length > 0)
    throw new UsageError(
      `${positionals[0]} is not empty: init writes into a new or empty folder`,
    );

  const files = scaffoldFiles({
    id,
    name: (values.name as string | undefined) ?? `duibiao-plugin-${id}`,
    region,
  });
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  const where = positionals[0] as string;
  const wrote = `Wrote a city plugin in ${where} (${Object.keys(files).length} files).`;
  const next = `  cd ${where} && npm test\n`;
  if (resolvesPackages(dir)) io.stdout(`${wrote} Next:\n${next}`);
  else
    io.stdout(
      `${wrote}\nIts @duibiao packages do not resolve there, and they are not on the npm registry: move it into a checkout of duibiao, or npm link them from a built one (see its README). Then:\n${next}`,
    );

  return 0;
}

/**
 * Whether the plugin's @duibiao packages resolve from its folder, as they
 * do inside a checkout of duibiao or once linked.
 */
function resolvesPackages(dir: string): boolean {
  const requireFrom = createRequire(join(dir, 'package.json'));
  try {
    requireFrom.resolve('@duibiao/plugin-sdk/package.json');
    requireFrom.resolve('@duibiao/plugin-shaanxi/package.json');
    return true;
  } catch {
    return false;
  }
}
