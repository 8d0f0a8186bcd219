import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { DuibiaoError } from '@duibiao/core';
import { InputError } from '@duibiao/io';

import {
  type CheckOptions,
  type CommandIo,
  parseAsOf,
  runCheck,
} from './check.js';
import { parseDbUrl } from './db-url.js';
import { runDiff } from './diff-command.js';
import { UsageError } from './errors.js';
import { runInit } from './init-command.js';
import { today } from './parse-command.js';
import { runReport } from './report-command.js';
import { runRules } from './rules-command.js';
import { runSql } from './sql-command.js';
import { runTest } from './test-command.js';
import { runVerify } from './verify-command.js';
import { USAGE } from './usage.js';

/** The package version, set at build time. */
declare const __VERSION__: string | undefined;

const FORMATS = ['jsonl', 'csv', 'xlsx', 'html'] as const;

/** The commands besides check, each with its own options. */
const COMMANDS: Readonly<
  Record<string, (args: readonly string[], io: CommandIo) => Promise<number>>
> = {
  rules: runRules,
  test: runTest,
  diff: runDiff,
  init: runInit,
  sql: runSql,
  verify: runVerify,
  report: runReport,
};

/**
 * Runs the `duibiao` command line.
 *
 * @param argv - Arguments after the command name.
 * @param io - Working folder and output streams; defaults to the process's.
 * @returns The exit code: 0 the command ran, 1 unusable input, 2 usage error.
 * @example
 * process.exitCode = await main(['check', 'examples/sample-province']);
 */
export async function main(
  argv: readonly string[],
  io: CommandIo = processIo(),
): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

async function dispatch(
  argv: readonly string[],
  io: CommandIo,
): Promise<number> {
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === '-h' ||
    command === '--help' ||
    command === 'help'
  ) {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(
      `${typeof __VERSION__ === 'string' ? __VERSION__ : 'development'}\n`,
    );
    return 0;
  }
  const other = COMMANDS[command];
  if (other) return other(rest, io);
  if (command !== 'check')
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}; try duibiao --help`,
    );

  const options = parseCheck(rest);
  if (!options) {
    io.stdout(USAGE);
    return 0;
  }
  await runCheck(options, io);

  return 0;
}

function parseCheck(args: readonly string[]): CheckOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        plugin: { type: 'string', default: 'shaanxi' },
        out: { type: 'string', default: 'out' },
        format: { type: 'string', default: 'jsonl,csv' },
        unmask: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        workers: { type: 'string' },
        parts: { type: 'string' },
        engine: { type: 'string', default: 'in-process' },
        db: { type: 'string' },
        previous: { type: 'string' },
        ledger: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }

  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length !== 1) {
    throw new UsageError(
      `check takes one folder, not ${positionals.length}: duibiao check <folder>`,
    );
  }

  if (values.out.trim() === '')
    throw new UsageError('--out needs a folder name');
  if (values.previous?.trim() === '')
    throw new UsageError('--previous needs a folder name');
  if (values.ledger?.trim() === '')
    throw new UsageError('--ledger needs a file name');

  const formats = values.format
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = formats.filter(
    (f) => !(FORMATS as readonly string[]).includes(f),
  );
  if (unknown.length > 0 || formats.length === 0) {
    const named = unknown.length > 0 ? unknown.join(', ') : values.format;
    throw new UsageError(
      `--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(named)}`,
    );
  }
  // The next run with the same --previous compares with findings.jsonl:
  // writing over the folder without it would lose the baseline.
  if (
    values.previous !== undefined &&
    !formats.includes('jsonl') &&
    resolve(values.previous) === resolve(values.out)
  ) {
    throw new UsageError(
      '--previous is the --out folder, so --format must keep jsonl: the next run compares with its findings.jsonl',
    );
  }

  return {
    folder: positionals[0] as string,
    asOf: parseAsOf(values['as-of'], today()),
    plugin: values.plugin,
    out: values.out,
    formats: formats as CheckOptions['formats'],
    unmask: values.unmask,
    ...parseEncoding(values.encoding, formats),
    workers:
      values.workers === undefined
        ? availableParallelism()
        : parseCount('workers', values.workers, 1),
    ...(values.parts === undefined
      ? {}
      : { parts: parseCount('parts', values.parts, 0) }),
    ...parseEngine(values.engine, values.db),
    quiet: values.quiet,
    ...(values.previous === undefined ? {} : { previous: values.previous }),
    ...(values.ledger === undefined ? {} : { ledger: values.ledger }),
  };
}

/**
 * Reads `--engine`: `in-process` (the default), `duckdb`, or `postgres`
 * with the `--db` it needs.
 */
function parseEngine(
  text: string,
  db: string | undefined,
): Pick<CheckOptions, 'engine' | 'db'> {
  if (text !== 'in-process' && text !== 'duckdb' && text !== 'postgres')
    throw new UsageError(
      `--engine takes in-process, duckdb or postgres, not ${JSON.stringify(text)}`,
    );
  if (text === 'postgres') {
    if (db === undefined || db.trim() === '')
      throw new UsageError(
        '--engine postgres needs --db <url>, such as postgres://user@localhost:5432/db',
      );
    return { engine: text, db: parseDbUrl(db) };
  }
  if (db !== undefined) throw new UsageError('--db is for --engine postgres');

  return { engine: text };
}

/**
 * Reads `--encoding`: `utf-8` (or `utf8`) or `gbk`, in any case. It is
 * findings.csv's, so it needs csv among the formats.
 */
function parseEncoding(
  text: string | undefined,
  formats: readonly string[],
): Pick<CheckOptions, 'encoding'> {
  if (text === undefined) return {};

  const name = text.trim().toLowerCase();
  const encoding =
    name === 'gbk' ? 'gbk' : /^utf-?8$/.test(name) ? 'utf-8' : undefined;
  if (encoding === undefined) {
    throw new UsageError(
      `--encoding takes utf-8 or gbk, not ${JSON.stringify(text)}`,
    );
  }
  if (!formats.includes('csv')) {
    throw new UsageError(
      '--encoding is the encoding of findings.csv: add csv to --format',
    );
  }

  return { encoding };
}

/** Reads `--workers` or `--parts`: a whole number from `least` to 256. */
function parseCount(option: string, text: string, least: number): number {
  const count = Number(text);
  if (!/^\d+$/.test(text.trim()) || count < least || count > 256) {
    throw new UsageError(
      `--${option} takes a whole number from ${least} to 256, not ${JSON.stringify(text)}`,
    );
  }

  return count;
}

function report(error: unknown, io: CommandIo): number {
  if (error instanceof UsageError) {
    io.stderr(`duibiao: ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.stderr(`duibiao: the input cannot be checked.\n${error.message}\n`);
    return 1;
  }
  if (error instanceof DuibiaoError) {
    io.stderr(`duibiao: ${error.message}\n`);
    // A database connection lost mid-run is no mistake in the call.
    return error.code === 'DUIBIAO_DATABASE_LOST' ? 70 : 2;
  }

  const detail =
    error instanceof Error
      ? process.env.DUIBIAO_DEBUG
        ? error.stack
        : error.message
      : String(error);
  io.stderr(`duibiao: internal error, please report it: ${detail}\n`);
  return 70;
}

function processIo(): CommandIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true,
  };
}
